package io.sharedo.export.testkit.internal;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the testkit's value types; messages name the argument. Stateless. */
public final class Args {
  private Args() {}

  /**
   * Returns {@code value} or throws naming it when null.
   *
   * @param value the value
   * @param name the argument's name
   * @param <T> its type
   * @return value
   */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }

  /**
   * Returns {@code value} or throws when null or blank.
   *
   * @param value the value
   * @param name the argument's name
   * @return value
   */
  public static String notBlank(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " cannot be null or blank");
    }
    return value;
  }

  /**
   * Returns an unmodifiable copy of {@code list}, rejecting null lists and null elements.
   *
   * @param list the list
   * @param name the argument's name
   * @param <T> its element type
   * @return the copy
   */
  public static <T> List<T> copy(List<T> list, String name) {
    notNull(list, name);
    if (list.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(name + " cannot contain null");
    }
    return List.copyOf(list);
  }
}
