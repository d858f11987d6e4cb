package io.sharedo.export;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job that was in flight when a previous process stopped, as found in the job journal by
 * {@link ExportJobManager#recoverInterruptedJobs()}. Pass it to
 * {@link ExportService#resume(RecoveredJob)} to finish the trip without creating a new job; the
 * package then goes to {@link #destination()}, where the interrupted export was putting it.
 *
 * @param job the job (never a {@linkplain ExportJob#reference reference}: resuming needs its parameters)
 * @param phase where the export was
 * @param recordedAt when the journal entry was last written
 * @param destination the package file the interrupted export was to write, or null when it kept no file
 */
public record RecoveredJob(ExportJob job, JobPhase phase, Instant recordedAt, @Nullable Path destination) {

  /**
   * Creates the record, checking every argument.
   *
   * @param job the job (not a reference)
   * @param phase where the export was
   * @param recordedAt when the journal entry was last written
   * @param destination the package file the interrupted export was to write, or null when it kept no file
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RecoveredJob {
    Checks.notNull(job, "job");
    if (job.isReference()) {
      throw new IllegalArgumentException("job must be a created job with its parameters, not a reference");
    }
    Checks.notNull(phase, "phase");
    Checks.notNull(recordedAt, "recordedAt");
  }

  /**
   * A recovered job whose export kept no package file.
   *
   * @param job the job (not a reference)
   * @param phase where the export was
   * @param recordedAt when the journal entry was last written
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RecoveredJob(ExportJob job, JobPhase phase, Instant recordedAt) {
    this(job, phase, recordedAt, null);
  }
}
