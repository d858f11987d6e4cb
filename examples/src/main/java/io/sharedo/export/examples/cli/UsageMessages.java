package io.sharedo.export.examples.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words picocli's parse errors for people, without echoing what might be a secret: after a
 * misspelt option (say {@code --tokne}) its value is unmatched too, and picocli would print it.
 * Stateless, thread-safe.
 */
final class UsageMessages {

  private UsageMessages() {}

  /**
   * The one-line message for a parse error.
   *
   * @param e the error
   * @return the message
   */
  static String describe(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return e.getMessage();
    }
    List<String> arguments = unmatched.getUnmatched();
    if (!unmatched.getCommandLine().getSubcommands().isEmpty() && !arguments.isEmpty()
        && !arguments.get(0).startsWith("-")) {
      // A misspelt subcommand ("exprt --type worktype"): that is the error, not the options after it.
      return "unknown command '" + arguments.get(0) + "'" + suggestion(unmatched.getSuggestions());
    }
    List<String> options = arguments.stream()
        .filter(a -> a.startsWith("-"))
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .toList();
    String message;
    if (options.isEmpty()) {
      message = "unexpected argument" + (arguments.size() == 1 ? " " : "s ")
          + arguments.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    } else {
      // Values are left out: one of them may be the secret a misspelt option was meant to take.
      message = "unknown option" + (options.size() == 1 ? " " : "s ")
          + options.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    }
    return message + suggestion(unmatched.getSuggestions());
  }

  private static String suggestion(List<String> suggestions) {
    if (suggestions.isEmpty()) {
      return "";
    }
    return " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(3, suggestions.size()))) + "?)";
  }
}
