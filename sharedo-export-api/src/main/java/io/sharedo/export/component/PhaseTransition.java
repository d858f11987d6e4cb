package io.sharedo.export.component;

import org.jspecify.annotations.Nullable;

/**
 * A move between two phases ({@code PhaseTransitions[i]} of a {@code sharedo-type} step).
 *
 * @param systemName {@code SystemName}, for example {@code "open-to-closed"}
 * @param name {@code Name}; empty when the package gives none
 * @param fromPhaseSystemName {@code FromPhaseSystemName}, or null
 * @param toPhaseSystemName {@code ToPhaseSystemName}, or null
 * @param userDriven {@code IsUserDriven}: a user takes it (rather than the system)
 */
public record PhaseTransition(
    String systemName, String name, @Nullable String fromPhaseSystemName, @Nullable String toPhaseSystemName, boolean userDriven) {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the transition's system name
   * @param name its display name; empty when none
   * @param fromPhaseSystemName the phase it leaves, or null
   * @param toPhaseSystemName the phase it enters, or null
   * @param userDriven whether a user takes it
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public PhaseTransition {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
  }
}
