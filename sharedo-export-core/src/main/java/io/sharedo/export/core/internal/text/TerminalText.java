package io.sharedo.export.core.internal.text;

import org.jspecify.annotations.Nullable;

/**
 * Makes text from an untrusted source safe to put in a message, an event or a terminal: every
 * control character (C0 including NUL, CR, LF, TAB and ESC; DEL; C1 including CSI and OSC), every
 * bidirectional override or isolate and every line or paragraph separator is replaced by a visible
 * escape such as {@code \u001B} ({@code \n}, {@code \r} and {@code \t} for the common three), so
 * that no server can clear a screen, set a window title, ring a bell, hide text or start a new
 * line in a log. A backslash is left alone: the escapes are for reading, not for decoding.
 * Stateless, thread-safe.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text with every unsafe character escaped.
   *
   * @param text any text, may be null
   * @return the escaped text (null stays null); the same instance when nothing needed escaping
   */
  public static @Nullable String escape(@Nullable String text) {
    if (text == null) {
      return null;
    }
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /**
   * Whether a character must be escaped.
   *
   * @param c the character
   * @return true for control, bidirectional-control and separator characters
   */
  public static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028' || c == '\u2029' || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnsafe(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
