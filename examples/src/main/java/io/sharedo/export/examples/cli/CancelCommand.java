package io.sharedo.export.examples.cli;

import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportListener;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cancel JOB_ID}: asks the server to cancel a job. Exit 0 when the server acknowledged it
 * (cancelling a finished job is fine), 3 when it could not be told. Created per run; not thread-safe.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an export job.")
final class CancelCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "JOB_ID", description = "The job's id.")
  private String jobId;

  @Option(names = "--environment", paramLabel = "ENV", defaultValue = "uat",
      description = "The environment the job runs in (default: ${DEFAULT-VALUE}).")
  private String environment;

  @Mixin
  private ConnectionOptions connection;

  @Mixin
  private OutputOptions output;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  CancelCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Connection resolved = connection.resolve(context);
    CancelResult result;
    try (Backend backend =
        context.backends().open(context, resolved, Set.of(environment), ExportListener.NONE, null)) {
      result = backend.jobs().cancelJob(JobReference.of(jobId, environment));
    }
    if (output.json()) {
      context.out().println(Reports.toJson(
          new Reports.CancelReport(result.jobId(), environment, result.serverAcknowledged(), result.detail())));
    } else if (result.serverAcknowledged()) {
      context.out().println("job " + result.jobId() + " on " + environment + ": cancel acknowledged ("
          + result.detail() + ")");
    }
    if (!result.serverAcknowledged()) {
      context.err().println("EXPORT_009: the server did not acknowledge cancelling job " + result.jobId() + ": "
          + result.detail());
      context.err().println("hint: the job may still be running; check it with 'sharedo-export status "
          + result.jobId() + "'");
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }
}
