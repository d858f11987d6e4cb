package io.sharedo.export.core.internal.compare;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides which fields a comparison leaves out: the ignored names, and (when asked) id fields that
 * hold a GUID on both sides, since the server that stored a record assigned it. Immutable and
 * thread-safe.
 */
final class VolatileFields {
  private final Set<String> ignoredFields;
  private final boolean ignoreGuidIds;

  VolatileFields(Set<String> ignoredFields, boolean ignoreGuidIds) {
    this.ignoredFields = Set.copyOf(ignoredFields);
    this.ignoreGuidIds = ignoreGuidIds;
  }

  /** Whether a field is left out whatever its values. */
  boolean ignoredByName(String name) {
    return ignoredFields.contains(name);
  }

  /** Whether a field with these two values is left out. */
  boolean ignored(String name, Object left, @Nullable Object right) {
    return ignoredFields.contains(name) || (ignoreGuidIds && isIdField(name) && isGuid(left) && isGuid(right));
  }

  /** Whether a field of one element is left out of its content identity (one side's view). */
  boolean ignoredInContent(String name, Object value) {
    return ignored(name, value, value);
  }

  /** {@code Id}, {@code id}, or a name ending in {@code Id} ({@code PackageStepId}, {@code AspectId}). */
  static boolean isIdField(String name) {
    return name.equals("id") || name.endsWith("Id");
  }

  /** Whether a value is a GUID in its usual text form, {@code 8-4-4-4-12} hex digits, braces allowed. */
  static boolean isGuid(@Nullable Object value) {
    if (!(value instanceof String text)) {
      return false;
    }
    int start = 0;
    int end = text.length();
    if (end == 38 && text.charAt(0) == '{' && text.charAt(37) == '}') {
      start = 1;
      end = 37;
    }
    if (end - start != 36) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      int at = i - start;
      boolean dash = at == 8 || at == 13 || at == 18 || at == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
