package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;

/**
 * How many components of a comparison have each kind, counted in one pass.
 *
 * @param total all components
 * @param added only on the right
 * @param removed only on the left
 * @param changed on both sides, different
 * @param unchanged on both sides, equal
 */
record ComparisonCounts(int total, int added, int removed, int changed, int unchanged) {

  static ComparisonCounts of(ComparisonResult result) {
    int added = 0;
    int removed = 0;
    int changed = 0;
    int unchanged = 0;
    for (ComponentComparison component : result.components()) {
      switch (component.kind()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        case CHANGED -> changed++;
        case UNCHANGED -> unchanged++;
      }
    }
    return new ComparisonCounts(result.components().size(), added, removed, changed, unchanged);
  }

  /** How many components differ (added, removed or changed). */
  int differing() {
    return added + removed + changed;
  }

  /** For example {@code "1 added, 0 removed, 2 changed, 7 unchanged"}. */
  String describe() {
    return added + " added, " + removed + " removed, " + changed + " changed, " + unchanged + " unchanged";
  }
}
