package io.sharedo.export.core.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON for the HTTP and journal code: Jackson trees ({@link JsonNode}) read and written with the
 * streaming parser and generator alone. An {@code ObjectMapper} (and {@code JsonNode.toString()},
 * which uses one) loads about 350 more classes and cost about 150 ms before the first request of a
 * fresh JVM; the command-line tool pays that on every run, and these answers need none of it. The
 * parser keeps Jackson's default read constraints on string and number lengths, and allows
 * {@value #MAX_DEPTH} levels of nesting. Thread-safe.
 */
public final class Json {
  /**
   * ShareDo's answers nest a few levels; Jackson's default limit (1,000) would let a hostile answer
   * drive {@link #value}'s recursion deep enough to overflow a small thread stack.
   */
  static final int MAX_DEPTH = 64;
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /**
   * A new empty object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * Reads a JSON text as {@code ObjectMapper.readTree} would: the first value, a later duplicate key
   * replacing an earlier one, and {@link MissingNode} for a text with no value at all.
   *
   * @param text the JSON text
   * @return its tree
   * @throws IOException when the text is not JSON or breaks a read constraint
   */
  public static JsonNode parse(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first);
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          object.set(name, value(parser, parser.nextToken()));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken next; (next = parser.nextToken()) != JsonToken.END_ARRAY; ) {
          array.add(value(parser, next));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IOException("unexpected JSON token " + token + " at " + parser.currentLocation());
    }
  }

  /**
   * Writes a tree as compact JSON text.
   *
   * @param node the tree
   * @return the text
   */
  public static String write(JsonNode node) {
    return write(node, false);
  }

  /**
   * Writes a tree as indented JSON text, for files people read.
   *
   * @param node the tree
   * @return the text
   */
  public static String writePretty(JsonNode node) {
    return write(node, true);
  }

  private static String write(JsonNode node, boolean pretty) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      if (pretty) {
        generator.useDefaultPrettyPrinter();
      }
      write(generator, node);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    return text.toString();
  }

  private static void write(JsonGenerator out, JsonNode node) throws IOException {
    if (node.isObject()) {
      out.writeStartObject();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        out.writeFieldName(field.getKey());
        write(out, field.getValue());
      }
      out.writeEndObject();
    } else if (node.isArray()) {
      out.writeStartArray();
      for (JsonNode element : node) {
        write(out, element);
      }
      out.writeEndArray();
    } else if (node.isTextual()) {
      out.writeString(node.textValue());
    } else if (node.isBoolean()) {
      out.writeBoolean(node.booleanValue());
    } else if (node.isNumber()) {
      switch (node.numberType()) {
        case INT -> out.writeNumber(node.intValue());
        case LONG -> out.writeNumber(node.longValue());
        case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
        case FLOAT -> out.writeNumber(node.floatValue());
        case DOUBLE -> out.writeNumber(node.doubleValue());
        default -> out.writeNumber(node.decimalValue());
      }
    } else if (node.isNull() || node.isMissingNode()) {
      out.writeNull();
    } else {
      throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as JSON");
    }
  }

  /**
   * A text field, or null when absent or JSON null.
   *
   * @param node the object
   * @param field the field name
   * @return the text or null
   */
  public static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
