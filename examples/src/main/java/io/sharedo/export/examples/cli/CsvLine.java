package io.sharedo.export.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting: {@code "a,b"} and {@code ""} for a quote inside).
 * Stateless, thread-safe.
 */
final class CsvLine {

  private CsvLine() {}

  /**
   * Splits a line into its fields.
   *
   * @param where the file and line, for error messages
   * @param line the line, without its line break
   * @return the fields, unquoted
   * @throws UsageException when a quote is not closed
   */
  static List<String> split(String where, String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new UsageException(where + ": a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
