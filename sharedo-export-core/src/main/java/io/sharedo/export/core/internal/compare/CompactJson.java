package io.sharedo.export.core.internal.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON values as compact one-line JSON, the way every renderer shows a value. Thread-safe:
 * the mapper is configured once and never changed.
 */
final class CompactJson {
  /** Shared by the renderers; never closes the writer it is given. */
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Writes object keys in sorted order, so that equal JSON gives equal text. */
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();

  private CompactJson() {}

  /** The value as compact JSON with object keys sorted. */
  static String canonical(Object value) {
    try {
      return CANONICAL.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }

  /**
   * The value as compact JSON: {@code "text"}, {@code 1.5}, {@code true}, {@code null},
   * {@code {"a":[1,2]}}.
   */
  static String write(@Nullable Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Only maps, lists, strings, numbers, booleans and nulls get here; all are serializable.
      return String.valueOf(value);
    }
  }
}
