package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Checks and reads the JSON text the public model types hold (selectors, raw sections and steps). Stateless. */
public final class JsonText {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonText() {}

  /**
   * Parses any JSON value.
   *
   * @param json the text
   * @param name the argument's name, for the message
   * @return the parsed value
   * @throws IllegalArgumentException when it is not JSON
   */
  public static JsonNode parse(String json, String name) {
    Args.notNull(json, name);
    try {
      JsonNode node = JSON.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException(name + " is empty; give a JSON value");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Checks that the text is a JSON object.
   *
   * @param json the text
   * @param name the argument's name
   * @return the text
   */
  public static String requireObject(String json, String name) {
    if (!parse(json, name).isObject()) {
      throw new IllegalArgumentException(name + " must be a JSON object: " + json);
    }
    return json;
  }

  /**
   * A selector naming a system name, e.g. {@code {"systemName":"matter"}}.
   *
   * @param systemName the system name
   * @param key the key to use ({@code systemName} in API selectors, {@code SystemName} in dependencies)
   * @return the JSON text
   */
  public static String systemNameSelector(String systemName, String key) {
    return JSON.createObjectNode().put(key, Args.notBlank(systemName, "systemName")).toString();
  }

  /**
   * The system name a selector names, any key case.
   *
   * @param selectorJson a JSON object
   * @return the system name, or null when it names none
   */
  public static @Nullable String selectorSystemName(String selectorJson) {
    return systemName(parse(selectorJson, "selector"));
  }

  /**
   * The text value of a {@code systemName} key in any case.
   *
   * @param selector a selector object
   * @return the value, or null
   */
  static @Nullable String systemName(JsonNode selector) {
    for (Map.Entry<String, JsonNode> e : selector.properties()) {
      if (e.getKey().equalsIgnoreCase("systemName") && e.getValue().isTextual()) {
        return e.getValue().asText();
      }
    }
    return null;
  }
}
