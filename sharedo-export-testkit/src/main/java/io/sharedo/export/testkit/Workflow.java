package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A workflow (provider {@code sharedo-workflow}). Immutable and thread-safe.
 *
 * @param systemName the workflow's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param steps its steps, in order
 * @param lastModified when it was last changed
 */
public record Workflow(
    String systemName, String name, String description, List<WorkflowStep> steps, Instant lastModified) {
  /** Checks the arguments and copies the list. */
  public Workflow {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    steps = Args.copy(steps, "steps");
    Args.notNull(lastModified, "lastModified");
  }

  /**
   * A workflow with an empty description and a fixed modification time.
   *
   * @param systemName the workflow's system name
   * @param name its display name
   * @param steps its steps, in order
   * @return the workflow
   */
  public static Workflow of(String systemName, String name, WorkflowStep... steps) {
    return new Workflow(systemName, name, "", Arrays.asList(Args.notNull(steps, "steps")), WorkType.DEFAULT_MODIFIED);
  }
}
