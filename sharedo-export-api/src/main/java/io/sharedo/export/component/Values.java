package io.sharedo.export.component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** Argument checks and deep immutable copies of JSON-like values for this package's records. */
final class Values {
  private Values() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }

  static String notBlank(String value, String name) {
    if (notNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
    return value;
  }

  static <T> List<T> list(List<T> list, String name) {
    notNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      notNull(list.get(i), name + "[" + i + "]");
    }
    return List.copyOf(list);
  }

  /**
   * A deep, order-keeping, unmodifiable copy of a JSON object (maps, lists, strings, numbers,
   * booleans and nulls), so that records holding one are truly immutable. JSON null values are
   * kept, which {@link Map#copyOf} would refuse.
   */
  static Map<String, Object> json(Map<String, ?> object, String name) {
    notNull(object, name);
    Map<String, Object> copy = new LinkedHashMap<>();
    object.forEach((key, value) -> copy.put(notNull(key, name + " key"), jsonValue(value, name + "." + key)));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A JSON value as canonical compact JSON: object keys sorted, no spaces, numbers as written by
   * {@link Number#toString()} (integral values without a fraction), strings escaped as RFC 8259
   * requires. Two values equal as JSON give the same text whatever their key order.
   */
  static String canonicalJson(Object value) {
    StringBuilder out = new StringBuilder();
    writeCanonical(value, out);
    return out.toString();
  }

  private static void writeCanonical(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      writeString(text, out);
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new java.util.TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> entry : sorted.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        writeString(entry.getKey(), out);
        out.append(':');
        writeCanonical(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        writeCanonical(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof BigDecimal decimal) {
      out.append(decimal.stripTrailingZeros().toPlainString());
    } else {
      out.append(value);
    }
  }

  private static void writeString(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * The value of a field matched ignoring case (an exact match wins), or null when absent.
   */
  static @Nullable Object field(Map<String, ?> object, String name) {
    if (object.containsKey(name)) {
      return object.get(name);
    }
    for (Map.Entry<String, ?> entry : object.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The system name a selector holds under any key case when it is non-blank text, else null. */
  static @Nullable String selectorSystemName(Map<String, Object> selector) {
    return field(selector, "systemName") instanceof String name && !name.isBlank() ? name : null;
  }

  @SuppressWarnings("unchecked")
  private static Object jsonValue(Object value, String name) {
    if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      return json((Map<String, ?>) map, name);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(jsonValue(element, name));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        name + " must be a JSON value (Map, List, String, Number, Boolean or null), was " + value.getClass().getName());
  }
}
