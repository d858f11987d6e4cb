package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * One step of a {@link Workflow}: exported as {@code {"systemName","name","next":[..]}}.
 * Immutable and thread-safe.
 *
 * @param systemName the step's system name
 * @param name its display name
 * @param next the system names of the steps that may follow it
 */
public record WorkflowStep(String systemName, String name, List<String> next) {
  /** Checks the arguments and copies the list. */
  public WorkflowStep {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    next = Args.copy(next, "next");
  }

  /**
   * A step with the given successors.
   *
   * @param systemName the step's system name
   * @param name its display name
   * @param next the system names of the steps that may follow it
   * @return the step
   */
  public static WorkflowStep of(String systemName, String name, String... next) {
    return new WorkflowStep(systemName, name, Arrays.asList(Args.notNull(next, "next")));
  }
}
