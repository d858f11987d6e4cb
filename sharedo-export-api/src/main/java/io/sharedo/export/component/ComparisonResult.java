package io.sharedo.export.component;

import java.util.List;

/**
 * The comparison of two exports: one entry per component found on either side, sorted by key, and
 * the differences of the two manifests (their steps and each step's dependencies).
 *
 * @param left a label for the left side (an environment name or a file name)
 * @param right a label for the right side
 * @param components each component's comparison, sorted by {@link ComponentKey}
 * @param manifestDifferences the differences of the two manifests, pointers into their comparable
 *     view (see {@code docs/COMPARE.md}), for example
 *     {@code /ExportedSteps/sharedo-type~1matter/Dependencies/Mandatory/global-feature~1Core.Case};
 *     empty when they agree
 */
public record ComparisonResult(String left, String right, List<ComponentComparison> components,
    List<FieldDifference> manifestDifferences) {

  /**
   * Creates the record, checking every argument.
   *
   * @param left a label for the left side (an environment name or a file name)
   * @param right a label for the right side
   * @param components each component's comparison, sorted by {@link ComponentKey}
   * @param manifestDifferences the differences of the two manifests; empty when they agree
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComparisonResult {
    Values.notBlank(left, "left");
    Values.notBlank(right, "right");
    components = Values.list(components, "components");
    manifestDifferences = Values.list(manifestDifferences, "manifestDifferences");
  }

  /**
   * A result whose manifests agree.
   *
   * @param left a label for the left side
   * @param right a label for the right side
   * @param components each component's comparison, sorted by {@link ComponentKey}
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ComparisonResult(String left, String right, List<ComponentComparison> components) {
    this(left, right, components, List.of());
  }

  /**
   * Whether any component was added, removed or changed, or the manifests differ.
   *
   * @return true when the two sides differ
   */
  public boolean hasDifferences() {
    return !manifestDifferences.isEmpty() || components.stream().anyMatch(c -> c.kind() != ChangeKind.UNCHANGED);
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
