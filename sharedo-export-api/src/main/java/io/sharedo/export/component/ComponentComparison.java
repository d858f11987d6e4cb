package io.sharedo.export.component;

import java.util.List;

/**
 * How one component compares between the two sides.
 *
 * @param key the component's provider and system name
 * @param kind ADDED, REMOVED, CHANGED or UNCHANGED
 * @param differences for CHANGED, each difference; empty otherwise
 */
public record ComponentComparison(ComponentKey key, ChangeKind kind, List<FieldDifference> differences) {

  /**
   * Creates the record, checking every argument.
   *
   * @param key the component's provider and system name
   * @param kind ADDED, REMOVED, CHANGED or UNCHANGED
   * @param differences for CHANGED, each difference; empty otherwise
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComponentComparison {
    Values.notNull(key, "key");
    Values.notNull(kind, "kind");
    differences = Values.list(differences, "differences");
    if ((kind == ChangeKind.CHANGED) == differences.isEmpty()) {
      throw new IllegalArgumentException("differences must be non-empty exactly when kind is CHANGED");
    }
  }
}
