package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import java.time.Instant;

/**
 * Turns a job id typed on the command line into the {@link ExportJob} the job manager expects.
 * Stateless, thread-safe.
 */
final class JobReference {

  private JobReference() {}

  /**
   * A job known only by its id and environment. The API asks for a whole {@link ExportJob}; the
   * status and cancel calls use only its id and environment, so the type and system name here are
   * placeholders.
   *
   * @param jobId the server's job id
   * @param environment the environment it runs in
   * @return the job
   */
  static ExportJob of(String jobId, String environment) {
    if (jobId.isBlank()) {
      throw new UsageException("JOB_ID cannot be blank");
    }
    if (environment.isBlank()) {
      throw new UsageException("--environment cannot be blank");
    }
    ExportParams params = ExportParams.of(ExportType.WORKTYPE, "(job " + jobId + ")", environment);
    return new ExportJob(jobId, params, "cli-" + jobId, Instant.now());
  }
}
