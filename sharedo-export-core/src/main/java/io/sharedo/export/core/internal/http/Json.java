package io.sharedo.export.core.internal.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** The one Jackson mapper of the HTTP and journal code; thread-safe once configured. */
public final class Json {
  /** Ignores unknown fields: the protocol is forward compatible. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Json() {}

  /**
   * A new empty object node.
   *
   * @return the node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
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
