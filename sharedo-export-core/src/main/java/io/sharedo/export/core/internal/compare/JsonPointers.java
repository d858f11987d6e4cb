package io.sharedo.export.core.internal.compare;

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
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return pointer + '/' + token;
    }
    return pointer + '/' + token.replace("~", "~0").replace("/", "~1");
  }
}
