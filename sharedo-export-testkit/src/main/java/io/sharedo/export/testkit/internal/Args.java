package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Endpoint;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /**
   * Checks that a delay is not negative.
   *
   * @param retryAfter the delay
   */
  public static void notNegative(Duration retryAfter) {
    notNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter cannot be negative");
    }
  }

  /**
   * Checks that a count of answers is positive.
   *
   * @param times the count
   */
  public static void atLeastOne(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
  }

  /**
   * Checks that a share of a body is within [0, 1).
   *
   * @param fraction the share
   */
  public static void fraction(double fraction) {
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalArgumentException("fraction must be within [0, 1): " + fraction);
    }
  }

  /**
   * An unmodifiable copy of a set of endpoints.
   *
   * @param endpoints the endpoints
   * @return the copy
   */
  public static Set<Endpoint> endpoints(Set<Endpoint> endpoints) {
    notNull(endpoints, "endpoints");
    return endpoints.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(endpoints));
  }
}
