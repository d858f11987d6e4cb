package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.FieldDifference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * <p>Immutable and thread-safe.
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
    List<FieldDifference> out = new ArrayList<>();
    diffObjects("", left, right, out);
    return out;
  }

  private void diffValues(String pointer, Object left, Object right, List<FieldDifference> out) {
    if (left instanceof Map<?, ?> l && right instanceof Map<?, ?> r) {
      diffObjects(pointer, l, r, out);
    } else if (left instanceof List<?> l && right instanceof List<?> r) {
      diffArrays(pointer, l, r, out);
    } else if (left instanceof Map<?, ?> || left instanceof List<?>
        || right instanceof Map<?, ?> || right instanceof List<?>) {
      // A container on one side at most, or a map against a list: the whole value changed.
      out.add(new FieldDifference(pointer, ChangeKind.CHANGED, left, right));
    } else if (!JsonValues.scalarsEqual(left, right)) {
      out.add(new FieldDifference(pointer, ChangeKind.CHANGED, left, right));
    }
  }

  private void diffObjects(String pointer, Map<?, ?> left, Map<?, ?> right, List<FieldDifference> out) {
    for (Map.Entry<?, ?> entry : left.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (ignoredFields.contains(name)) {
        continue;
      }
      Object leftValue = entry.getValue();
      String child = JsonPointers.append(pointer, name);
      if (right.containsKey(name)) {
        diffValues(child, leftValue, right.get(name), out);
      } else if (leftValue != null) {
        out.add(new FieldDifference(child, ChangeKind.REMOVED, leftValue, null));
      }
    }
    for (Map.Entry<?, ?> entry : right.entrySet()) {
      String name = String.valueOf(entry.getKey());
      if (entry.getValue() != null && !ignoredFields.contains(name) && !left.containsKey(name)) {
        out.add(new FieldDifference(JsonPointers.append(pointer, name), ChangeKind.ADDED, null, entry.getValue()));
      }
    }
  }

  private void diffArrays(String pointer, List<?> left, List<?> right, List<FieldDifference> out) {
    if (left.isEmpty() && right.isEmpty()) {
      return;
    }
    Map<String, Map<?, ?>> leftByName = byName(left);
    Map<String, Map<?, ?>> rightByName = leftByName == null ? null : byName(right);
    if (leftByName != null && rightByName != null) {
      diffNamed(pointer, leftByName, rightByName, out);
    } else if (allStrings(left) && allStrings(right)) {
      diffStringSets(pointer, left, right, out);
    } else {
      diffPositional(pointer, left, right, out);
    }
  }

  /**
   * Indexes an array of named objects by system name, in order; null when any element is not an
   * object with a string system name, or a name repeats (then matching by name is impossible).
   */
  private static Map<String, Map<?, ?>> byName(List<?> array) {
    Map<String, Map<?, ?>> byName = new LinkedHashMap<>(Math.max(16, array.size() * 2));
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

  private void diffNamed(
      String pointer, Map<String, Map<?, ?>> left, Map<String, Map<?, ?>> right, List<FieldDifference> out) {
    for (Map.Entry<String, Map<?, ?>> entry : left.entrySet()) {
      String child = JsonPointers.append(pointer, entry.getKey());
      Map<?, ?> other = right.get(entry.getKey());
      if (other == null) {
        out.add(new FieldDifference(child, ChangeKind.REMOVED, entry.getValue(), null));
      } else {
        diffObjects(child, entry.getValue(), other, out);
      }
    }
    for (Map.Entry<String, Map<?, ?>> entry : right.entrySet()) {
      if (!left.containsKey(entry.getKey())) {
        out.add(new FieldDifference(
            JsonPointers.append(pointer, entry.getKey()), ChangeKind.ADDED, null, entry.getValue()));
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

  private static void diffStringSets(String pointer, List<?> left, List<?> right, List<FieldDifference> out) {
    Set<Object> leftSet = new LinkedHashSet<>(left);
    Set<Object> rightSet = new LinkedHashSet<>(right);
    for (Object value : leftSet) {
      if (!rightSet.contains(value)) {
        out.add(new FieldDifference(JsonPointers.append(pointer, (String) value), ChangeKind.REMOVED, value, null));
      }
    }
    for (Object value : rightSet) {
      if (!leftSet.contains(value)) {
        out.add(new FieldDifference(JsonPointers.append(pointer, (String) value), ChangeKind.ADDED, null, value));
      }
    }
  }

  private void diffPositional(String pointer, List<?> left, List<?> right, List<FieldDifference> out) {
    int common = Math.min(left.size(), right.size());
    for (int i = 0; i < common; i++) {
      diffValues(JsonPointers.append(pointer, Integer.toString(i)), left.get(i), right.get(i), out);
    }
    for (int i = common; i < left.size(); i++) {
      out.add(new FieldDifference(
          JsonPointers.append(pointer, Integer.toString(i)), ChangeKind.REMOVED, left.get(i), null));
    }
    for (int i = common; i < right.size(); i++) {
      out.add(new FieldDifference(
          JsonPointers.append(pointer, Integer.toString(i)), ChangeKind.ADDED, null, right.get(i)));
    }
  }
}
