package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.FieldDifference;
import java.util.List;
import java.util.StringJoiner;

/**
 * How many differences of a list are additions, removals and changes, counted in one pass.
 *
 * @param added only on the right
 * @param removed only on the left
 * @param changed on both sides, different
 */
record DifferenceCounts(int added, int removed, int changed) {

  static DifferenceCounts of(List<FieldDifference> differences) {
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (FieldDifference difference : differences) {
      switch (difference.kind()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        default -> changed++;
      }
    }
    return new DifferenceCounts(added, removed, changed);
  }

  /** For example {@code 1 added, 2 changed}: the kinds present, in the order added, removed, changed. */
  String describe() {
    StringJoiner text = new StringJoiner(", ");
    if (added > 0) {
      text.add(added + " added");
    }
    if (removed > 0) {
      text.add(removed + " removed");
    }
    if (changed > 0) {
      text.add(changed + " changed");
    }
    return text.toString();
  }
}
