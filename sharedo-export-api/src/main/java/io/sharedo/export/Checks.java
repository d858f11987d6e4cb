package io.sharedo.export;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the value types of this package; failures name the argument. */
final class Checks {
  private Checks() {}

  static <T> T notNull(@Nullable T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }

  static String notBlank(@Nullable String value, String name) {
    String checked = notNull(value, name);
    if (checked.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be blank");
    }
    return checked;
  }

  static Duration positive(Duration value, String name) {
    if (notNull(value, name).isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  static Duration notNegative(Duration value, String name) {
    if (notNull(value, name).isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative, was " + value);
    }
    return value;
  }

  static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  static <T> List<T> copyOf(List<T> list, String name) {
    notNull(list, name);
    for (int i = 0; i < list.size(); i++) {
      notNull(list.get(i), name + "[" + i + "]");
    }
    return List.copyOf(list);
  }

  static <K, V> Map<K, V> copyOf(Map<K, V> map, String name) {
    return Map.copyOf(notNull(map, name));
  }
}
