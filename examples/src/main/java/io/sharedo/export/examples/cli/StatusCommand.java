package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportJobManager;
import io.sharedo.export.JobStatus;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code status JOB_ID}: asks the server once how a job is doing. Created per run; not thread-safe.
 */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show an export job's status.")
final class StatusCommand implements Callable<Integer> {

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
  StatusCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    JobStatus status = target.request(context, ExportJobManager::getJobStatus);
    String environment = target.environment();
    if (output.json()) {
      context.out().println(Reports.toJson(new Reports.StatusReport(status.jobId(), environment,
          status.state().name(), status.percentage(), status.currentStep(), status.queuedSteps(), status.complete(),
          status.packageAvailable(), status.errorMessage(), status.packageSize(), status.packageSha256())));
      return ExitCodes.OK;
    }
    PrintStream out = context.out();
    out.println("job " + status.jobId() + " on " + environment + ": " + status.state() + " " + status.percentage()
        + "%" + (status.isPackaging() ? " - packaging the export (complete, the package is not ready yet)"
            : status.currentStep() == null ? "" : " - " + PrintableText.line(status.currentStep())));
    if (!status.queuedSteps().isEmpty()) {
      out.println("  next: " + PrintableText.line(String.join("; ", status.queuedSteps())));
    }
    if (status.errorMessage() != null) {
      out.println("  error: " + Failures.oneLine(context, status.errorMessage()));
    }
    if (status.packageAvailable()) {
      out.println("  package ready" + (status.packageSize() == null ? "" : ": " + Formats.bytes(status.packageSize()))
          + (status.packageSha256() == null ? "" : ", sha256 " + status.packageSha256()));
    }
    return ExitCodes.OK;
  }
}
