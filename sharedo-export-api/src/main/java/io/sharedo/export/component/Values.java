package io.sharedo.export.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
