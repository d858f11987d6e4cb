package io.sharedo.export.component;

import java.util.List;

/**
 * The comparison of two exports: one entry per component found on either side, sorted by key.
 *
 * @param left a label for the left side (an environment name or a file name)
 * @param right a label for the right side
 * @param components each component's comparison, sorted by {@link ComponentKey}
 */
public record ComparisonResult(String left, String right, List<ComponentComparison> components) {

  /**
   * Creates the record, checking every argument.
   *
   * @param left a label for the left side (an environment name or a file name)
   * @param right a label for the right side
   * @param components each component's comparison, sorted by {@link ComponentKey}
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComparisonResult {
    Values.notBlank(left, "left");
    Values.notBlank(right, "right");
    components = Values.list(components, "components");
  }

  /**
   * Whether any component was added, removed or changed.
   *
   * @return true when the two sides differ
   */
  public boolean hasDifferences() {
    return components.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED);
  }

  /**
   * How many components have the given kind.
   *
   * @param kind the kind to count
   * @return the count
   */
  public long count(ChangeKind kind) {
    Values.notNull(kind, "kind");
    return components.stream().filter(c -> c.kind() == kind).count();
  }
}
