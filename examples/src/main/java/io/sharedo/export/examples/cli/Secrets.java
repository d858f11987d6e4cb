package io.sharedo.export.examples.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The secret values of one run (the token and client secret, from the command line or the
 * environment, and those an environments file names), so that nothing the tool prints can contain
 * them, even when an error message or a parse failure would echo an argument. Thread-safe: values
 * only ever get added.
 */
final class Secrets {
  /** Environment variable holding the bearer token. */
  static final String TOKEN_VARIABLE = "SHAREDO_TOKEN";
  /** Environment variable holding the client secret. */
  static final String CLIENT_SECRET_VARIABLE = "SHAREDO_CLIENT_SECRET";

  static final String MASK = "****";
  /** The options whose value is a secret; a test checks every subcommand's help against it. */
  static final Set<String> SECRET_OPTIONS = Set.of("--token", "--client-secret");
  // Shorter values would mask ordinary words in messages; a real token or secret is longer.
  private static final int MIN_LENGTH = 4;

  private volatile List<String> values;

  private Secrets(List<String> values) {
    this.values = values;
  }

  /**
   * Collects the secrets from the raw arguments (the value after {@code --token} or
   * {@code --client-secret}, or after {@code =}) and from the environment.
   *
   * @param args the raw command line
   * @param env the environment variables
   * @return the secrets of this run
   */
  static Secrets collect(String[] args, Map<String, String> env) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        continue;
      }
      @Nullable String option = secretOptionNamedBy(arg);
      if (option != null && arg.length() > option.length()) {
        found.add(arg.substring(option.length() + 1));
      } else if (option != null && i + 1 < args.length) {
        found.add(args[i + 1]);
      }
    }
    found.add(env.get(TOKEN_VARIABLE));
    found.add(env.get(CLIENT_SECRET_VARIABLE));
    List<String> usable = new ArrayList<>();
    for (String value : found) {
      if (value != null && value.length() >= MIN_LENGTH && !usable.contains(value)) {
        usable.add(value);
      }
    }
    return new Secrets(longestFirst(usable));
  }

  /**
   * The words of {@code unmatched} that may be the rest of a secret: those that come right after a
   * secret option's value on the command line, with nothing between but more such words. In
   * {@code --client-secret abc def ghi} the shell split an unquoted value at its spaces, and picocli
   * could place neither {@code def} nor {@code ghi}. They are not to be echoed: a piece of a secret can
   * be too short for {@link #mask} to hide. A word the parse did place (a positional parameter, an
   * option) ends the run, so in {@code --token abcd job-1 extra} nothing is hidden.
   *
   * @param args the raw command line
   * @param unmatched the words the parse could not place, in their order
   * @return the hidden words, each with the secret option it follows, in command-line order
   */
  static List<Map.Entry<String, String>> afterSecretValues(String[] args, List<String> unmatched) {
    List<String> left = new ArrayList<>(unmatched);
    List<Map.Entry<String, String>> hidden = new ArrayList<>();
    @Nullable String current = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg == null) {
        continue;
      }
      if (current != null && left.remove(arg)) {
        hidden.add(Map.entry(arg, current));
        continue;
      }
      current = secretOptionNamedBy(arg);
      if (current != null && arg.length() == current.length()) {
        i++; // its value
      }
    }
    return hidden;
  }

  /** The secret option {@code arg} names, alone ({@code --token}) or with its value ({@code --token=...}), or null. */
  private static @Nullable String secretOptionNamedBy(String arg) {
    int eq = arg.indexOf('=');
    String name = eq > 0 ? arg.substring(0, eq) : arg;
    return SECRET_OPTIONS.contains(name) ? name : null;
  }

  /**
   * Adds a secret read later in the run (from a variable an environments file names).
   *
   * @param value the secret, may be null (ignored)
   */
  synchronized void add(String value) {
    if (value != null && value.length() >= MIN_LENGTH && !values.contains(value)) {
      List<String> more = new ArrayList<>(values);
      more.add(value);
      values = longestFirst(more);
    }
  }

  private static List<String> longestFirst(List<String> values) {
    // Longest first, so a secret that contains another is masked whole.
    List<String> sorted = new ArrayList<>(values);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return Collections.unmodifiableList(sorted);
  }

  /**
   * The text made fit to print: every secret replaced by {@value #MASK}, then every control
   * character escaped ({@link PrintableText#line}), so a message can neither leak a secret nor
   * drive the terminal.
   *
   * @param text any text, may be null
   * @return the masked, escaped text (null stays null)
   */
  String mask(String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String value : values) {
      masked = masked.replace(value, MASK);
    }
    return PrintableText.line(masked);
  }
}
