package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.RecoveredJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code recover}: finds the exports a previous run left unfinished (in the job journal) and
 * finishes them without creating new jobs. Exit 0 when all were finished (or there were none), 3
 * when any failed. Created per run; not thread-safe.
 */
@Command(name = "recover", mixinStandardHelpOptions = true,
    description = "Finish the exports an interrupted run left behind, from the job journal.")
final class RecoverCommand implements Callable<Integer> {

  @Option(names = "--environment", paramLabel = "ENV", split = ",",
      description = "Environment names to register besides those the journal names (default: uat).")
  private List<String> environments = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR",
      description = "Put the recovered packages in this folder (default: where each interrupted export was putting it).")
  private Path out;

  @Mixin
  private ConnectionOptions connection;

  @Mixin
  private OutputOptions output;

  @Mixin
  private JournalOptions journal;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  RecoverCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Servers resolved = connection.resolve(context);
    Path folder = journal.folder();
    Set<String> names = new LinkedHashSet<>(environments.isEmpty() ? List.of("uat") : environments);
    if (!resolved.usesFakeServer()) {
      // The client can only resume a job in an environment it knows: read the journal once to learn
      // which environments the interrupted jobs used, and register those that have a server of their
      // own (with --server, only the one environment it serves: never another environment's server).
      try (Backend probe = context.backends().open(context, resolved, names, ExportListener.NONE, folder)) {
        probe.jobs().recoverInterruptedJobs().stream().map(job -> job.job().environment())
            .filter(resolved::fileHas)
            .forEach(names::add);
      }
    }
    CreatedFolders folders = out == null ? null : CreatedFolders.create(out, "--out");
    ProgressRenderer progress = output.renderer(context, false);
    List<Reports.RecoveredJobReport> reports = new ArrayList<>();
    Set<ExportErrorCode> failures = EnumSet.noneOf(ExportErrorCode.class);
    try (Backend backend = context.backends().open(context, resolved, names, progress, folder)) {
      List<RecoveredJob> interrupted = backend.jobs().recoverInterruptedJobs();
      if (interrupted.isEmpty() && !output.json()) {
        context.out().println("no interrupted exports in " + folder);
      }
      for (RecoveredJob recovered : interrupted) {
        reports.add(resume(backend, recovered, failures));
      }
    } finally {
      progress.finish();
      // A recover that fetched nothing (or failed) leaves no empty folder of its making.
      if (folders != null) {
        folders.removeIfEmpty();
      }
    }
    if (output.json()) {
      context.out().println(Reports.toJson(
          new Reports.RecoverReport(failures.isEmpty() ? "ok" : "failed", folder.toString(), reports)));
    }
    for (ExportErrorCode code : failures) {
      context.err().println("hint (" + code.code() + "): " + ErrorHints.hintFor(code));
    }
    return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private Reports.RecoveredJobReport resume(Backend backend, RecoveredJob recovered, Set<ExportErrorCode> failures) {
    ExportParams p = recovered.job().params();
    String what = Types.label(p.type()) + " " + p.systemName() + " from " + p.environment() + " (job "
        + recovered.job().jobId() + ", interrupted while "
        + recovered.phase().name().toLowerCase(Locale.ROOT) + ")";
    try {
      ExportResult result = out == null ? backend.exports().resume(recovered)
          : backend.exports().resume(recovered, PackageFileNames.in(out, p.type(), p.systemName(), p.environment()));
      String file = result.download() == null ? null : result.download().path().toString();
      if (!output.json()) {
        context.out().println("recovered " + what + ": " + Components.describe(result.content())
            + (file == null ? " (no package file was asked for; use --out DIR to keep one)" : ", package " + file));
      }
      return new Reports.RecoveredJobReport(recovered.job().jobId(), Types.label(p.type()), p.systemName(),
          p.environment(), recovered.phase().name(), "ok", Components.count(result.content()), null, null, file);
    } catch (IllegalArgumentException e) {
      // The job's environment has no server here (the fake server has just uat and vnext; --server serves
      // one environment): it is never resumed on another environment's server.
      return failed(recovered, what, new ExportException(ExportErrorCode.JOB_FAILED,
          e.getMessage() + "; recover with that environment's server (--server with --environment "
              + p.environment() + ", or an environments file that names it)"), failures);
    } catch (ExportException e) {
      return failed(recovered, what, e, failures);
    }
  }

  private Reports.RecoveredJobReport failed(RecoveredJob recovered, String what, ExportException e,
      Set<ExportErrorCode> failures) {
    ExportParams p = recovered.job().params();
    failures.add(e.code());
    String message = Failures.oneLine(context, e.getMessage());
    if (!output.json()) {
      context.out().println("could not recover " + what + ": " + e.code() + ": " + message);
    }
    return new Reports.RecoveredJobReport(recovered.job().jobId(), Types.label(p.type()), p.systemName(),
        p.environment(), recovered.phase().name(), "failed", null, e.code().code(), message, null);
  }
}
