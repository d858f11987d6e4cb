package io.sharedo.export.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words picocli's parse errors for people, without echoing what might be a secret: after a
 * misspelt option (say {@code --tokne}) its value is unmatched too, and picocli would print it; after
 * {@code --token abc def} (an unquoted value the shell split) {@code def} is. A split value whose
 * rest the parse takes as a positional parameter ({@code status --token abc def}: job {@code def})
 * cannot be told from a correct command line, and is not caught here.
 * Stateless, thread-safe.
 */
final class UsageMessages {

  private UsageMessages() {}

  /**
   * The one-line message for a parse error.
   *
   * @param e the error
   * @param args the raw command line
   * @return the message
   */
  static String describe(ParameterException e, String[] args) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return e.getMessage();
    }
    List<String> arguments = unmatched.getUnmatched();
    if (!unmatched.getCommandLine().getSubcommands().isEmpty() && !arguments.isEmpty()
        && !arguments.get(0).startsWith("-")) {
      // A misspelt subcommand ("exprt --type worktype"): that is the error, not the options after it.
      return "unknown command '" + arguments.get(0) + "'" + suggestion(arguments.get(0), unmatched.getSuggestions());
    }
    List<Map.Entry<String, String>> hidden = Secrets.afterSecretValues(args, arguments);
    List<String> shown = new ArrayList<>(arguments);
    hidden.forEach(word -> shown.remove(word.getKey()));
    List<String> options = shown.stream()
        .filter(a -> a.startsWith("-"))
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .toList();
    String message;
    if (shown.isEmpty()) {
      message = "";
    } else if (options.isEmpty()) {
      message = "unexpected argument" + (shown.size() == 1 ? " " : "s ")
          + shown.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    } else {
      // Values are left out: one of them may be the secret a misspelt option was meant to take.
      message = "unknown option" + (options.size() == 1 ? " " : "s ")
          + options.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
    }
    message += suggestion(options.isEmpty() ? "" : options.get(0), unmatched.getSuggestions());
    if (hidden.isEmpty()) {
      return message;
    }
    String secretNote = (hidden.size() == 1 ? "an unexpected argument" : hidden.size() + " unexpected arguments")
        + " after the value of " + hidden.get(0).getValue()
        + " (not shown: " + (hidden.size() == 1 ? "it" : "they") + " may be the rest of that value);"
        + " quote a value that contains spaces";
    return message.isEmpty() ? secretNote : message + "; also " + secretNote;
  }

  /**
   * Picocli's suggestions that are near what was typed: it offers some for any word ("frobnicate":
   * batch or cancel), which reads as if the tool had misunderstood. Near means at most a third of the
   * word's letters (and at least two) to change.
   */
  private static String suggestion(String typed, List<String> suggestions) {
    String word = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
    List<String> near = suggestions.stream()
        .filter(s -> distance(word, s) <= Math.max(2, word.length() / 3))
        .limit(3)
        .toList();
    return near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)";
  }

  /** The Levenshtein distance: the fewest letters to insert, delete or replace to turn a into b. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
