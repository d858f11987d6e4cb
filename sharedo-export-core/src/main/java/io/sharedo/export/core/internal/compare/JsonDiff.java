package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.FieldDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The structural difference of two JSON values (maps, lists, strings, numbers, booleans, nulls),
 * as a list of {@link FieldDifference}s addressed by JSON Pointer.
 *
 * <p>Rules (spelled out in {@code docs/COMPARE.md}): volatile fields are skipped at any depth (see
 * {@link VolatileFields}); a field that is null on one side and absent on the other is no
 * difference; list elements are matched by their {@linkplain ElementIdentities identity}, never by
 * position, so reordering is no change, and the identity is the element's pointer segment; an
 * element on one side only is one difference carrying the whole element; numbers compare by value.
 * Differences come in document order: the left side's order, then what only the right side has.
 *
 * <p>The pointer is built in one buffer that grows and shrinks with the walk, and turned into a
 * string only for a difference; values equal as Java objects are not walked at all (equality
 * implies equality under these rules): most of most components is unchanged.
 *
 * <p>Immutable and thread-safe (each call has its own buffer).
 */
public final class JsonDiff {
  private final VolatileFields volatileFields;
  private final ElementIdentities identities;

  /**
   * Creates a diff.
   *
   * @param ignoredFields field names skipped wherever they appear
   * @param ignoreGuidIds whether id fields holding GUIDs on both sides are skipped
   */
  public JsonDiff(Set<String> ignoredFields, boolean ignoreGuidIds) {
    this.volatileFields = new VolatileFields(ignoredFields, ignoreGuidIds);
    this.identities = new ElementIdentities(volatileFields);
  }

  /**
   * The differences between two JSON objects of one component.
   *
   * @param left the left object
   * @param right the right object
   * @param owner the component's identity (a list element's field naming it is not part of the
   *     element's identity)
   * @return the differences in document order; empty when equal
   */
  public List<FieldDifference> diff(Map<String, ?> left, Map<String, ?> right, String owner) {
    // No whole-object equality check first: with server-assigned GUIDs two environments' objects are
    // never equal, and the check would walk every equal section twice (figure 5's profile).
    List<FieldDifference> out = new ArrayList<>();
    new Walk(owner, out).objects(new StringBuilder(64), left, right);
    return out;
  }

  /** One comparison's walk: the owner and where the differences go. */
  private final class Walk {
    private final String owner;
    private final List<FieldDifference> out;

    Walk(String owner, List<FieldDifference> out) {
      this.owner = owner;
      this.out = out;
    }

    private void add(StringBuilder pointer, ChangeKind kind, @Nullable Object left, @Nullable Object right) {
      out.add(new FieldDifference(pointer.toString(), kind, left, right));
    }

    private void values(StringBuilder pointer, Object left, @Nullable Object right) {
      if (left instanceof Map<?, ?> l && right instanceof Map<?, ?> r) {
        objects(pointer, l, r);
      } else if (left instanceof List<?> l && right instanceof List<?> r) {
        lists(pointer, l, r);
      } else if (left instanceof Map<?, ?> || left instanceof List<?>
          || right instanceof Map<?, ?> || right instanceof List<?>) {
        // A container on one side at most, or a map against a list: the whole value changed.
        add(pointer, ChangeKind.CHANGED, left, right);
      } else if (!JsonValues.scalarsEqual(left, right)) {
        add(pointer, ChangeKind.CHANGED, left, right);
      }
    }

    void objects(StringBuilder pointer, Map<?, ?> left, Map<?, ?> right) {
      int length = pointer.length();
      for (Map.Entry<?, ?> entry : left.entrySet()) {
        String name = String.valueOf(entry.getKey());
        Object leftValue = entry.getValue();
        Object rightValue = right.get(name);
        if (volatileFields.ignored(name, leftValue, rightValue)) {
          continue;
        }
        if (rightValue != null || right.containsKey(name)) {
          if (!Objects.equals(leftValue, rightValue)) {
            values(JsonPointers.appendTo(pointer, name), leftValue, rightValue);
          }
        } else if (leftValue != null) {
          add(JsonPointers.appendTo(pointer, name), ChangeKind.REMOVED, leftValue, null);
        }
        pointer.setLength(length);
      }
      for (Map.Entry<?, ?> entry : right.entrySet()) {
        String name = String.valueOf(entry.getKey());
        if (entry.getValue() != null && !volatileFields.ignoredByName(name) && !left.containsKey(name)) {
          add(JsonPointers.appendTo(pointer, name), ChangeKind.ADDED, null, entry.getValue());
          pointer.setLength(length);
        }
      }
    }

    /** Walks both lists in their own order, so the differences come in document order. */
    private void lists(StringBuilder pointer, List<?> left, List<?> right) {
      if (left.equals(right)) {
        return;
      }
      Map<String, Object> leftById = identities.of(left, owner);
      Map<String, Object> rightById = identities.of(right, owner);
      int length = pointer.length();
      for (Map.Entry<String, Object> element : leftById.entrySet()) {
        JsonPointers.appendTo(pointer, element.getKey());
        if (rightById.containsKey(element.getKey())) {
          Object other = rightById.get(element.getKey());
          if (!Objects.equals(element.getValue(), other)) {
            values(pointer, element.getValue(), other);
          }
        } else {
          add(pointer, ChangeKind.REMOVED, element.getValue(), null);
        }
        pointer.setLength(length);
      }
      for (Map.Entry<String, Object> element : rightById.entrySet()) {
        if (!leftById.containsKey(element.getKey())) {
          add(JsonPointers.appendTo(pointer, element.getKey()), ChangeKind.ADDED, null, element.getValue());
          pointer.setLength(length);
        }
      }
    }
  }
}
