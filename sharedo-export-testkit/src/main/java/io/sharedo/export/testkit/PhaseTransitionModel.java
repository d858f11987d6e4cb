package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * A transition between two phases of a {@link WorkTypeModel}, written to the step file's
 * {@code PhaseTransitions} list as
 * {@code {"SystemName","FromPhaseSystemName","ToPhaseSystemName","Name","IsUserDriven"}}. Immutable and
 * thread-safe.
 *
 * @param systemName the transition's system name, unique within its work type
 * @param fromPhaseSystemName the phase it leaves
 * @param toPhaseSystemName the phase it enters
 * @param name its display name
 * @param userDriven whether a user triggers it (false: the system does)
 */
public record PhaseTransitionModel(
    String systemName, String fromPhaseSystemName, String toPhaseSystemName, String name, boolean userDriven) {

  /** Checks the arguments. */
  public PhaseTransitionModel {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(fromPhaseSystemName, "fromPhaseSystemName");
    Args.notBlank(toPhaseSystemName, "toPhaseSystemName");
    Args.notBlank(name, "name");
  }

  /**
   * A user-driven transition.
   *
   * @param systemName the transition's system name
   * @param from the phase it leaves
   * @param to the phase it enters
   * @param name its display name
   * @return the transition
   */
  public static PhaseTransitionModel of(String systemName, String from, String to, String name) {
    return new PhaseTransitionModel(systemName, from, to, name, true);
  }

  /**
   * A copy that is (or is not) user-driven.
   *
   * @param isUserDriven whether a user triggers it
   * @return the copy
   */
  public PhaseTransitionModel withUserDriven(boolean isUserDriven) {
    return new PhaseTransitionModel(systemName, fromPhaseSystemName, toPhaseSystemName, name, isUserDriven);
  }
}
