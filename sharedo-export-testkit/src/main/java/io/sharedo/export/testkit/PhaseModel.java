package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import org.jspecify.annotations.Nullable;

/**
 * One phase of a {@link WorkTypeModel}'s phase plan, written to the step file's {@code Phases} list as
 * {@code {"SystemName","PhasePlanSystemName","Name","IsStart","IsOpen","IsRemoved","ExpectedDurationSeconds"}}.
 * Immutable and thread-safe; the {@code with...} methods return changed copies.
 *
 * @param systemName the phase's system name, e.g. {@code matter-open}; unique within its work type
 * @param name its display name
 * @param start whether a new work item starts in it
 * @param open whether work items in it count as open
 * @param removed whether it was removed from the plan (kept for history)
 * @param expectedDurationSeconds how long an item is expected to stay in it, or null
 */
public record PhaseModel(
    String systemName, String name, boolean start, boolean open, boolean removed, @Nullable Long expectedDurationSeconds) {

  /** Checks the arguments. */
  public PhaseModel {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    if (expectedDurationSeconds != null && expectedDurationSeconds < 0) {
      throw new IllegalArgumentException("expectedDurationSeconds cannot be negative: " + expectedDurationSeconds);
    }
  }

  /**
   * An open phase that is not the start phase, not removed, with no expected duration.
   *
   * @param systemName the phase's system name
   * @param name its display name
   * @return the phase
   */
  public static PhaseModel of(String systemName, String name) {
    return new PhaseModel(systemName, name, false, true, false, null);
  }

  /**
   * A copy with another display name.
   *
   * @param newName the display name
   * @return the copy
   */
  public PhaseModel withName(String newName) {
    return new PhaseModel(systemName, newName, start, open, removed, expectedDurationSeconds);
  }

  /**
   * A copy that is (or is not) the start phase.
   *
   * @param isStart whether items start here
   * @return the copy
   */
  public PhaseModel withStart(boolean isStart) {
    return new PhaseModel(systemName, name, isStart, open, removed, expectedDurationSeconds);
  }

  /**
   * A copy that is open or closed.
   *
   * @param isOpen whether items in it count as open
   * @return the copy
   */
  public PhaseModel withOpen(boolean isOpen) {
    return new PhaseModel(systemName, name, start, isOpen, removed, expectedDurationSeconds);
  }

  /**
   * A copy that is (or is not) removed.
   *
   * @param isRemoved whether it was removed from the plan
   * @return the copy
   */
  public PhaseModel withRemoved(boolean isRemoved) {
    return new PhaseModel(systemName, name, start, open, isRemoved, expectedDurationSeconds);
  }

  /**
   * A copy with an expected duration.
   *
   * @param seconds the expected duration in seconds, or null for none
   * @return the copy
   */
  public PhaseModel withExpectedDurationSeconds(@Nullable Long seconds) {
    return new PhaseModel(systemName, name, start, open, removed, seconds);
  }
}
