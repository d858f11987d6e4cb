package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportJobManager;
import io.sharedo.export.ExportListener;
import java.util.Set;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The job that {@code status} and {@code cancel} address (its id, its environment, how to reach the
 * server), and the one request each makes about it. Created per run; not thread-safe.
 */
final class JobTarget {

  @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job's id.")
  private String jobId;

  @Option(names = "--environment", paramLabel = "ENV", defaultValue = "uat",
      description = "The environment the job runs in (default: ${DEFAULT-VALUE}).")
  private String environment;

  @Mixin
  private ConnectionOptions connection;

  /**
   * The environment the job runs in.
   *
   * @return the environment name
   */
  String environment() {
    return environment;
  }

  /**
   * Connects to the job's server, makes one request about the job, and disconnects.
   *
   * @param context the run
   * @param request what to ask, given the job manager and the job
   * @param <T> the answer's type
   * @return the answer
   */
  <T> T request(CliContext context, BiFunction<ExportJobManager, ExportJob, T> request) {
    if (jobId.isBlank()) {
      throw new UsageException("JOB_ID cannot be blank");
    }
    if (environment.isBlank()) {
      throw new UsageException("--environment cannot be blank");
    }
    Servers resolved = connection.resolve(context);
    try (Backend backend =
        context.backends().open(context, resolved, Set.of(environment), ExportListener.NONE, null)) {
      return request.apply(backend.jobs(), ExportJob.reference(jobId, environment));
    }
  }
}
