package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes JSON the way ShareDo's .NET serializer indents it in packages: two spaces, CRLF line ends,
 * {@code "Key": value}, empty lists as {@code []}. Stateless.
 */
final class PackageJson {
  private static final ObjectWriter CRLF;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\r\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    CRLF = Responses.JSON.writer(printer);
  }

  private PackageJson() {}

  static String text(JsonNode node) {
    try {
      return CRLF.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(JsonNode node) {
    return bytes(node, false);
  }

  /** The JSON as UTF-8, with a byte-order mark in front when asked (as some .NET writers add one). */
  static byte[] bytes(JsonNode node, boolean byteOrderMark) {
    return ((byteOrderMark ? "\uFEFF" : "") + text(node)).getBytes(StandardCharsets.UTF_8);
  }
}
