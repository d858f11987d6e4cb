package io.sharedo.export;

/**
 * What happened when the client asked the server to cancel a job.
 *
 * @param jobId the job
 * @param serverAcknowledged true when the server accepted the cancellation (or the job had already finished)
 * @param detail a short explanation, for example that the server has no cancel endpoint
 */
public record CancelResult(String jobId, boolean serverAcknowledged, String detail) {

  /**
   * Creates the record, checking every argument.
   *
   * @param jobId the job
   * @param serverAcknowledged true when the server accepted the cancellation (or the job had already finished)
   * @param detail a short explanation, for example that the server has no cancel endpoint
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public CancelResult {
    Checks.notBlank(jobId, "jobId");
    Checks.notNull(detail, "detail");
  }
}
