package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads package JSON strictly (duplicate keys and trailing garbage are errors: a document two
 * parsers could read differently is refused) and turns Jackson trees into plain Java values.
 * Thread-safe: the mapper is configured once and never changed.
 */
public final class JsonTrees {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Reads one value in the middle of a stream: the rest of the document is not trailing garbage. */
  private static final ObjectReader VALUE_READER = MAPPER.reader()
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonTrees() {}

  /**
   * Reads the value the parser stands on as a tree, leaving the parser at its last token.
   *
   * @param parser a streaming parser from {@link #parser(byte[])}
   * @return the value; a null node for JSON null
   * @throws IOException when the value is not well-formed
   */
  static JsonNode readValue(JsonParser parser) throws IOException {
    JsonNode value = VALUE_READER.readTree(parser);
    return value == null ? NullNode.getInstance() : value;
  }

  /**
   * Parses one JSON document (UTF-8, a byte-order mark is allowed).
   *
   * @param bytes the document
   * @return its tree; a missing node when the input holds no JSON at all
   * @throws IOException when it is not a single well-formed JSON document
   */
  static JsonNode parse(byte[] bytes) throws IOException {
    return MAPPER.readTree(bytes);
  }

  /**
   * A streaming parser over one JSON document, with the same strictness as {@link #parse}
   * (duplicate keys refused; the caller checks for trailing content).
   *
   * @param bytes the document (UTF-8, a byte-order mark is allowed)
   * @return a parser the caller closes
   * @throws IOException when the parser cannot be created
   */
  static JsonParser parser(byte[] bytes) throws IOException {
    return MAPPER.createParser(bytes);
  }

  /**
   * Moves to the next element of the array the parser is in.
   *
   * @param parser a streaming parser inside an array
   * @return true at an element, false at the array's end
   * @throws IOException when the document ends inside the array
   */
  static boolean nextInArray(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == null) {
      throw new JsonParseException(parser, "the document ends inside a list");
    }
    return token != JsonToken.END_ARRAY;
  }

  /**
   * The value of an object's field matched ignoring case (an exact match wins).
   *
   * @param object an object node
   * @param name the field name
   * @return the value, or null when absent
   */
  static @Nullable JsonNode field(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  /**
   * A short description of a parse failure, without Jackson's source excerpt.
   *
   * @param e the failure
   * @return its message
   */
  static @Nullable String describe(IOException e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  /**
   * A plain Java copy of a JSON object: an order-keeping map of maps, lists, strings, numbers,
   * booleans and nulls.
   *
   * @param object an object node
   * @return a mutable copy
   */
  static Map<String, Object> toMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      map.put(field.getKey(), toPlain(field.getValue()));
    }
    return map;
  }

  /**
   * A plain Java copy of any JSON value.
   *
   * @param node a node
   * @return a Map, List, String, Number, Boolean, or null
   */
  static @Nullable Object toPlain(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return toMap(node);
      case ARRAY:
        List<Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
          list.add(toPlain(element));
        }
        return list;
      case STRING:
        return node.textValue();
      case NUMBER:
        return node.numberValue();
      case BOOLEAN:
        return node.booleanValue();
      case BINARY:
      case POJO:
        // Never produced by parsing text; kept as text rather than failing.
        return node.asText();
      case NULL:
      case MISSING:
      default:
        return null;
    }
  }
}
