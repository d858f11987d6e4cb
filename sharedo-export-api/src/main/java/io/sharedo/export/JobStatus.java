package io.sharedo.export;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One observation of a job's progress. Immutable.
 *
 * @param jobId the job
 * @param state the state (UNKNOWN when the server sent one this library does not know)
 * @param rawState the server's state text as sent, or null when it sent none
 * @param percentage progress, 0..100
 * @param currentStep what the server is doing now ({@code current[0].description}), or null
 * @param queuedSteps what the server will do next, possibly empty
 * @param complete the server's {@code complete} flag
 * @param packageAvailable whether the package can be downloaded now (when the server omits the flag,
 *     the client takes it from {@code complete})
 * @param errorMessage why the job failed, or null
 * @param packageSize the package's size in bytes as declared by the server, or null when not declared
 * @param packageSha256 the package's SHA-256 (lower-case hex) as declared by the server, or null
 * @param observedAt when the client received this status
 */
public record JobStatus(
    String jobId,
    JobState state,
    @Nullable String rawState,
    int percentage,
    @Nullable String currentStep,
    List<String> queuedSteps,
    boolean complete,
    boolean packageAvailable,
    @Nullable String errorMessage,
    @Nullable Long packageSize,
    @Nullable String packageSha256,
    Instant observedAt) {

  /**
   * Creates the record, checking every argument.
   *
   * @param jobId the job
   * @param state the state (UNKNOWN when the server sent one this library does not know)
   * @param rawState the server's state text as sent, or null when it sent none
   * @param percentage progress, 0..100
   * @param currentStep what the server is doing now ({@code current[0].description}), or null
   * @param queuedSteps what the server will do next, possibly empty
   * @param complete the server's {@code complete} flag
   * @param packageAvailable whether the package can be downloaded now (when the server omits the flag,
   *     the client takes it from {@code complete})
   * @param errorMessage why the job failed, or null
   * @param packageSize the package's size in bytes as declared by the server, or null when not declared
   * @param packageSha256 the package's SHA-256 (lower-case hex) as declared by the server, or null
   * @param observedAt when the client received this status
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public JobStatus {
    Checks.notBlank(jobId, "jobId");
    Checks.notNull(state, "state");
    if (percentage < 0 || percentage > 100) {
      throw new IllegalArgumentException("percentage must be within 0..100, was " + percentage);
    }
    queuedSteps = Checks.copyOf(queuedSteps, "queuedSteps");
    if (packageSize != null && packageSize < 0) {
      throw new IllegalArgumentException("packageSize cannot be negative, was " + packageSize);
    }
    Checks.notNull(observedAt, "observedAt");
  }

  /**
   * Whether the job has finished successfully, as ShareDo's own UI decides it: {@code complete} and
   * {@code packageAvailable} are both true (and the state is not a failure or a cancellation).
   *
   * @return true when the package can be downloaded
   */
  public boolean isFinished() {
    return complete && packageAvailable && state != JobState.FAILED && state != JobState.CANCELLED;
  }

  /**
   * Whether the job is complete but its package is not ready yet: the server is still packaging it,
   * so the client keeps polling.
   *
   * @return true while packaging
   */
  public boolean isPackaging() {
    return complete && !packageAvailable && state != JobState.FAILED && state != JobState.CANCELLED;
  }
}
