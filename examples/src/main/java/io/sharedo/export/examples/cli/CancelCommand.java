package io.sharedo.export.examples.cli;

import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportJobManager;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code cancel JOB_ID}: asks the server to cancel a job. Exit 0 when the server acknowledged it
 * (cancelling a finished job is fine), 3 when it could not be told. Created per run; not thread-safe.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel an export job.")
final class CancelCommand implements Callable<Integer> {

  @Mixin
  private JobTarget target;

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
    CancelResult result = target.request(context, ExportJobManager::cancelJob);
    String environment = target.environment();
    if (output.json()) {
      context.out().println(Reports.toJson(
          new Reports.CancelReport(result.jobId(), environment, result.serverAcknowledged(), result.detail())));
    } else if (result.serverAcknowledged()) {
      context.out().println("job " + result.jobId() + " on " + environment + ": cancel acknowledged ("
          + result.detail() + ")");
    }
    if (!result.serverAcknowledged()) {
      // Not EXPORT_009, which means an export this tool cancelled: here nothing was cancelled.
      context.err().println("error: the server did not acknowledge cancelling job " + result.jobId() + ": "
          + Failures.oneLine(context, result.detail()));
      context.err().println("hint: real ShareDo servers have no cancel endpoint; see how the job is doing with"
          + " 'sharedo-export status " + result.jobId() + "'");
      return ExitCodes.FAILED;
    }
    return ExitCodes.OK;
  }
}
