package io.sharedo.export.component;

/**
 * One phase of a work type's phase plan ({@code Phases[i]} of a {@code sharedo-type} step).
 *
 * @param systemName {@code SystemName}, for example {@code "matter-phase-plan-open"}
 * @param name {@code Name}; empty when the package gives none
 * @param start {@code IsStart}: a new item starts in this phase
 * @param open {@code IsOpen}: an item in this phase counts as open
 * @param removed {@code IsRemoved}: the phase is retired
 */
public record Phase(String systemName, String name, boolean start, boolean open, boolean removed) {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the phase's system name
   * @param name its display name; empty when none
   * @param start whether items start here
   * @param open whether items here count as open
   * @param removed whether the phase is retired
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Phase {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
  }
}
