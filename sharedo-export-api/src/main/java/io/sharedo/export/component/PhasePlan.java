package io.sharedo.export.component;

/**
 * A work type's phase plan ({@code PhasePlan} of a {@code sharedo-type} step).
 *
 * @param systemName {@code SystemName}, for example {@code "matter-phase-plan"}
 * @param name {@code Name}; empty when the package gives none
 */
public record PhasePlan(String systemName, String name) {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the plan's system name
   * @param name its display name; empty when none
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public PhasePlan {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
  }
}
