package io.sharedo.export;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An export job on a server: either one this client created (every component set) or a
 * {@linkplain #reference(String, String) reference} to a job known only by its id and environment,
 * for example one typed on a command line or stored by another process. Immutable; holds no
 * secrets, so it may be logged, stored and passed between threads.
 *
 * <p>{@link ExportJobManager#getJobStatus}, {@link ExportJobManager#monitorJob},
 * {@link ExportJobManager#monitorJobAsync}, {@link ExportJobManager#downloadPackage} and
 * {@link ExportJobManager#cancelJob} accept both kinds; {@link ExportJobManager#retryFailedJob}
 * needs the parameters only a created job has.
 *
 * @param jobId the server's job id
 * @param environment the registered environment the job runs in
 * @param params the parameters the job was created with, or null for a reference
 * @param idempotencyKey the key sent with the create request (re-sent on retries), or null for a reference
 * @param createdAt when the client saw the server accept the job, or null for a reference
 */
public record ExportJob(String jobId, String environment, @Nullable ExportParams params, @Nullable String idempotencyKey,
    @Nullable Instant createdAt) {

  /**
   * Creates the record, checking every argument: {@code params}, {@code idempotencyKey} and
   * {@code createdAt} are all set or all null.
   *
   * @param jobId the server's job id
   * @param environment the registered environment the job runs in
   * @param params the parameters the job was created with, or null for a reference
   * @param idempotencyKey the key sent with the create request, or null for a reference
   * @param createdAt when the client saw the server accept the job, or null for a reference
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportJob {
    Checks.notBlank(jobId, "jobId");
    Checks.notBlank(environment, "environment");
    if (params != null || idempotencyKey != null || createdAt != null) {
      ExportParams checked = Checks.notNull(params, "params");
      Checks.notBlank(idempotencyKey, "idempotencyKey");
      Checks.notNull(createdAt, "createdAt");
      if (!checked.environment().equals(environment)) {
        throw new IllegalArgumentException("environment " + environment + " differs from the params' environment "
            + checked.environment());
      }
    }
  }

  /**
   * A job this client created; the environment is the parameters'.
   *
   * @param jobId the server's job id
   * @param params the parameters the job was created with
   * @param idempotencyKey the key sent with the create request (re-sent on retries)
   * @param createdAt when the client saw the server accept the job
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportJob(String jobId, ExportParams params, String idempotencyKey, Instant createdAt) {
    this(jobId, Checks.notNull(params, "params").environment(), params, Checks.notBlank(idempotencyKey,
        "idempotencyKey"), Checks.notNull(createdAt, "createdAt"));
  }

  /**
   * A reference to a job known only by its id, for status, monitoring, download and cancellation.
   *
   * @param jobId the server's job id
   * @param environment the registered environment the job runs in
   * @return the reference
   * @throws IllegalArgumentException when an argument is null or blank
   */
  public static ExportJob reference(String jobId, String environment) {
    return new ExportJob(jobId, environment, null, null, null);
  }

  /**
   * Whether this is a {@linkplain #reference(String, String) reference}, without parameters.
   *
   * @return true when {@link #params()} is null
   */
  public boolean isReference() {
    return params == null;
  }
}
