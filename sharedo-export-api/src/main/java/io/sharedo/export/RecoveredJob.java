package io.sharedo.export;

import java.time.Instant;

/**
 * A job that was in flight when a previous process stopped, as found in the job journal by
 * {@link ExportJobManager#recoverInterruptedJobs()}. Pass it to
 * {@link ExportService#resume(RecoveredJob)} to finish the trip without creating a new job.
 *
 * @param job the job
 * @param phase where the export was
 * @param recordedAt when the journal entry was last written
 */
public record RecoveredJob(ExportJob job, JobPhase phase, Instant recordedAt) {

  /**
   * Creates the record, checking every argument.
   *
   * @param job the job
   * @param phase where the export was
   * @param recordedAt when the journal entry was last written
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RecoveredJob {
    Checks.notNull(job, "job");
    Checks.notNull(phase, "phase");
    Checks.notNull(recordedAt, "recordedAt");
  }
}
