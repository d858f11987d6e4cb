package io.sharedo.export.core.internal.compare;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Equality of JSON scalars, numbers by value. Stateless and thread-safe. */
final class JsonValues {
  private JsonValues() {}

  /**
   * Whether two JSON scalars (string, number, boolean or null) are equal. Numbers compare by value
   * whatever their Java type, so {@code 1}, {@code 1L} and {@code 1.0} are equal: the same package
   * read twice may give an Integer once and a Long or BigDecimal the next time.
   */
  static boolean scalarsEqual(Object left, @Nullable Object right) {
    if (left == right) {
      return true;
    }
    if (left == null || right == null) {
      return false;
    }
    if (left instanceof Number a && right instanceof Number b) {
      return numbersEqual(a, b);
    }
    return left.equals(right);
  }

  static boolean numbersEqual(Number a, Number b) {
    if (isIntegral(a) && isIntegral(b)) {
      return a.longValue() == b.longValue();
    }
    BigDecimal x = toBigDecimal(a);
    BigDecimal y = toBigDecimal(b);
    if (x == null || y == null) {
      // NaN or infinity: never produced by JSON, but compare them sensibly rather than fail.
      return Double.compare(a.doubleValue(), b.doubleValue()) == 0;
    }
    return x.compareTo(y) == 0;
  }

  private static boolean isIntegral(Number n) {
    return n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte;
  }

  private static @Nullable BigDecimal toBigDecimal(Number n) {
    if (n instanceof BigDecimal d) {
      return d;
    }
    if (n instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (isIntegral(n)) {
      return BigDecimal.valueOf(n.longValue());
    }
    double d = n.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return null;
    }
    try {
      // Via the shortest decimal string, so that 0.1f and 0.1 (as read from the same JSON text) agree.
      return new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(d);
    }
  }
}
