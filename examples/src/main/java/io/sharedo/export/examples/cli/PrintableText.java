package io.sharedo.export.examples.cli;

/**
 * The tool's last line of defence before text reaches a terminal: the library already escapes
 * what a server says, but the tool prints other text too (package content in reports, messages of
 * any exception), so every control character (C0 such as NUL, BEL and ESC, DEL, C1 such as CSI and
 * OSC), bidirectional override and line separator is shown as {@code \\uXXXX} instead of being
 * obeyed. Inside a JSON string that form is the same character, so JSON output stays equivalent.
 * Stateless, thread-safe.
 */
final class PrintableText {

  private PrintableText() {}

  /**
   * Escapes a one-line text; line breaks are escaped too.
   *
   * @param text the text, may be null
   * @return the printable text (null stays null)
   */
  static String line(String text) {
    return escape(text, false);
  }

  /**
   * Escapes a multi-line text, keeping its line feeds and tabs.
   *
   * @param text the text, may be null
   * @return the printable text (null stays null)
   */
  static String block(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean kept = keepLines && (c == '\n' || c == '\t');
      if (kept || !unsafe(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(String.format("\\u%04X", (int) c));
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return Character.getType(c) == Character.CONTROL
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
