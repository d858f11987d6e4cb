package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.FieldDifference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structural difference of two JSON values (maps, lists, strings, numbers, booleans, nulls),
 * as a list of {@link FieldDifference}s addressed by JSON Pointer.
 *
 * <p>Rules: fields named in the ignore set are skipped at any depth; a field that is null on one
 * side and absent on the other is no difference; arrays whose elements are all objects with a
 * string {@code systemName} (unique per side) are matched by that name; arrays of strings are
 * compared as sets; other arrays by position; numbers by value. Differences come in document
 * order: the left side's order, then what only the right side has.
 *
 * <p>The pointer is built in one buffer that grows and shrinks with the walk, and turned into a
 * string only for a difference: most fields are equal, and a string per visited field would
 * dominate the cost of comparing large exports. For the same reason, values that are equal as
 * Java objects (which implies equal under the rules above) are not walked at all.
 *
 * <p>Immutable and thread-safe (each call has its own buffer).
 */
public final class JsonDiff {
  /** The field that names an element of an array of named things. */
  static final String SYSTEM_NAME = "systemName";

  private final Set<String> ignoredFields;

  /**
   * Creates a diff that skips the given field names.
   *
   * @param ignoredFields field names skipped wherever they appear
   */
  public JsonDiff(Set<String> ignoredFields) {
    this.ignoredFields = Set.copyOf(ignoredFields);
  }

  /**
   * The differences between two JSON objects.
   *
   * @param left the left object
   * @param right the right object
   * @return the differences in document order; empty when equal
   */
  public List<FieldDifference> diff(Map<String, ?> left, Map<String, ?> right) {
    if (left.equals(right)) {
      return List.of();
    }
    List<FieldDifference> out = new ArrayList<>();
    diffObjects(new StringBuilder(64), left, right, out);
    return out;
  }

  private static void add(StringBuilder pointer, ChangeKind kind, Object left, Object right,
      List<FieldDifference> out) {
    out.add(new FieldDifference(pointer.toString(), kind, left, right));
  }

  private void diffValues(StringBuilder pointer, Object left, Object right, List<FieldDifference> out) {
    if (left instanceof Map<?, ?> l && right instanceof Map<?, ?> r) {
      diffObjects(pointer, l, r, out);
    } else if (left instanceof List<?> l && right instanceof List<?> r) {
      diffArrays(pointer, l, r, out);
    } else if (left instanceof Map<?, ?> || left instanceof List<?>
        || right instanceof Map<?, ?> || right instanceof List<?>) {
      // A container on one side at most, or a map against a list: the whole value changed.
      add(pointer, ChangeKind.CHANGED, left, right, out);
    } else if (!JsonValues.scalarsEqual(left, right)) {
      add(pointer, ChangeKind.CHANGED, left, right, out);
    }
  }

  private void diffObjects(StringBuilder pointer, Map<?, ?> left, Map<?, ?> right, List<FieldDifference> out) {
    int length = pointer.length();
    for (Map.Entry<?, ?> entry : left.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (ignoredFields.contains(name)) {
        continue;
      }
      Object leftValue = entry.getValue();
      Object rightValue = right.get(name);
      if (rightValue != null || right.containsKey(name)) {
        diffValues(JsonPointers.appendTo(pointer, name), leftValue, rightValue, out);
      } else if (leftValue != null) {
        add(JsonPointers.appendTo(pointer, name), ChangeKind.REMOVED, leftValue, null, out);
      }
      pointer.setLength(length);
    }
    for (Map.Entry<?, ?> entry : right.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (entry.getValue() != null && !ignoredFields.contains(name) && !left.containsKey(name)) {
        add(JsonPointers.appendTo(pointer, name), ChangeKind.ADDED, null, entry.getValue(), out);
        pointer.setLength(length);
      }
    }
  }

  private void diffArrays(StringBuilder pointer, List<?> left, List<?> right, List<FieldDifference> out) {
    // Java equality implies equality under these rules, and is much cheaper than matching by
    // name: most arrays of most components are unchanged.
    if (left.equals(right)) {
      return;
    }
    Map<String, Map<?, ?>> leftByName = byName(left);
    Map<String, Map<?, ?>> rightByName = leftByName == null ? null : byName(right);
    if (leftByName != null && rightByName != null) {
      diffNamed(pointer, left, leftByName, right, rightByName, out);
    } else if (allStrings(left) && allStrings(right)) {
      diffStringSets(pointer, left, right, out);
    } else {
      diffPositional(pointer, left, right, out);
    }
  }

  /**
   * Indexes an array of named objects by system name; null when any element is not an object
   * with a string system name, or a name repeats (then matching by name is impossible).
   */
  private static Map<String, Map<?, ?>> byName(List<?> array) {
    Map<String, Map<?, ?>> byName = new HashMap<>(Math.max(16, array.size() * 2));
    for (Object element : array) {
      if (!(element instanceof Map<?, ?> object) || !(object.get(SYSTEM_NAME) instanceof String name)) {
        return null;
      }
      if (byName.putIfAbsent(name, object) != null) {
        return null;
      }
    }
    return byName;
  }

  /** Walks both arrays in their own order, so the differences come in document order. */
  private void diffNamed(StringBuilder pointer, List<?> left, Map<String, Map<?, ?>> leftByName, List<?> right,
      Map<String, Map<?, ?>> rightByName, List<FieldDifference> out) {
    int length = pointer.length();
    for (Object element : left) {
      Map<?, ?> object = (Map<?, ?>) element;
      String name = (String) object.get(SYSTEM_NAME);
      Map<?, ?> other = rightByName.get(name);
      JsonPointers.appendTo(pointer, name);
      if (other == null) {
        add(pointer, ChangeKind.REMOVED, object, null, out);
      } else {
        diffObjects(pointer, object, other, out);
      }
      pointer.setLength(length);
    }
    for (Object element : right) {
      Map<?, ?> object = (Map<?, ?>) element;
      String name = (String) object.get(SYSTEM_NAME);
      if (!leftByName.containsKey(name)) {
        add(JsonPointers.appendTo(pointer, name), ChangeKind.ADDED, null, object, out);
        pointer.setLength(length);
      }
    }
  }

  private static boolean allStrings(List<?> array) {
    for (Object element : array) {
      if (!(element instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static void diffStringSets(StringBuilder pointer, List<?> left, List<?> right,
      List<FieldDifference> out) {
    Set<Object> leftSet = new LinkedHashSet<>(left);
    Set<Object> rightSet = new LinkedHashSet<>(right);
    int length = pointer.length();
    for (Object value : leftSet) {
      if (!rightSet.contains(value)) {
        add(JsonPointers.appendTo(pointer, (String) value), ChangeKind.REMOVED, value, null, out);
        pointer.setLength(length);
      }
    }
    for (Object value : rightSet) {
      if (!leftSet.contains(value)) {
        add(JsonPointers.appendTo(pointer, (String) value), ChangeKind.ADDED, null, value, out);
        pointer.setLength(length);
      }
    }
  }

  private void diffPositional(StringBuilder pointer, List<?> left, List<?> right, List<FieldDifference> out) {
    int length = pointer.length();
    int common = Math.min(left.size(), right.size());
    for (int i = 0; i < common; i++) {
      diffValues(pointer.append('/').append(i), left.get(i), right.get(i), out);
      pointer.setLength(length);
    }
    for (int i = common; i < left.size(); i++) {
      add(pointer.append('/').append(i), ChangeKind.REMOVED, left.get(i), null, out);
      pointer.setLength(length);
    }
    for (int i = common; i < right.size(); i++) {
      add(pointer.append('/').append(i), ChangeKind.ADDED, null, right.get(i), out);
      pointer.setLength(length);
    }
  }
}
