package io.sharedo.export.core.internal.compare;

import org.jspecify.annotations.Nullable;

/** Builds RFC 6901 JSON Pointers. Stateless and thread-safe. */
public final class JsonPointers {
  private JsonPointers() {}

  /**
   * Appends one reference token to a pointer, escaping {@code ~} as {@code ~0} and {@code /} as
   * {@code ~1} (in that order, as RFC 6901 requires, so that {@code ~1} in a name stays distinct).
   *
   * @param pointer the parent pointer ({@code ""} for the whole document)
   * @param token the unescaped field name, system name or array index
   * @return the child pointer
   */
  public static String append(String pointer, String token) {
    return appendTo(new StringBuilder(pointer), token).toString();
  }

  /**
   * Appends one escaped reference token, with its leading {@code /}, to a pointer being built.
   *
   * @param pointer the pointer so far; changed in place
   * @param token the unescaped field name, system name or array index
   * @return {@code pointer}
   */
  static StringBuilder appendTo(StringBuilder pointer, String token) {
    pointer.append('/');
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        pointer.append("~0");
      } else if (c == '/') {
        pointer.append("~1");
      } else {
        pointer.append(c);
      }
    }
    return pointer;
  }
}
