package io.sharedo.export;

import java.time.Instant;

/**
 * An export job the server accepted. Immutable; holds no secrets, so it may be logged, stored and
 * passed between threads.
 *
 * @param jobId the server's job id
 * @param params the parameters the job was created with
 * @param idempotencyKey the key sent with the create request (re-sent on retries)
 * @param createdAt when the client saw the server accept the job
 */
public record ExportJob(String jobId, ExportParams params, String idempotencyKey, Instant createdAt) {

  /**
   * Creates the record, checking every argument.
   *
   * @param jobId the server's job id
   * @param params the parameters the job was created with
   * @param idempotencyKey the key sent with the create request (re-sent on retries)
   * @param createdAt when the client saw the server accept the job
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportJob {
    Checks.notBlank(jobId, "jobId");
    Checks.notNull(params, "params");
    Checks.notBlank(idempotencyKey, "idempotencyKey");
    Checks.notNull(createdAt, "createdAt");
  }

  /**
   * The environment the job runs in; shorthand for {@code params().environment()}.
   *
   * @return the environment name
   */
  public String environment() {
    return params.environment();
  }
}
