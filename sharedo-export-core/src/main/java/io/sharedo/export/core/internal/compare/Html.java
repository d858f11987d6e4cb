package io.sharedo.export.core.internal.compare;

/** HTML escaping for text and attribute values. Stateless and thread-safe. */
final class Html {
  private Html() {}

  /**
   * The text with {@code & < > " '} escaped, and every non-ASCII or control character written as a
   * numeric reference, so the page reads the same whatever encoding the caller's writer uses.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f)) {
            out.append((char) c);
          } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.getType(c) == Character.SURROGATE) {
            // Control characters and lone surrogates are not allowed in HTML text: show them, don't emit them.
            out.append("&#xFFFD;");
          } else {
            out.append("&#").append(c).append(';');
          }
        }
      }
    });
    return out.toString();
  }
}
