package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code batch}: exports every item of an items file with bounded concurrency and prints one
 * result per item, in the file's order. One item's failure does not stop the others (unless
 * {@code --fail-fast}); any failure makes the exit code 3. Interrupting the tool cancels the
 * running exports on the server. Created per run; not thread-safe.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Export many items at once.",
        "The items file holds one type,systemName,environment per line (CSV, optional header),",
        "or one JSON object per line: {\"type\":\"worktype\",\"systemName\":\"matter\",\"environment\":\"uat\"}."})
final class BatchCommand implements Callable<Integer> {

  @Option(names = "--items", required = true, paramLabel = "FILE", description = "The items file.")
  private Path items;

  // The library's default (BatchOptions.defaults()): the tool should behave like the API it shows off.
  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "5",
      description = "How many exports run at once (default: ${DEFAULT-VALUE}).")
  private int concurrency;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Keep every item's package in this folder, as <type>-<systemName>-<environment>.zip.")
  private Path out;

  @Option(names = "--fail-fast", description = "Stop at the first failure, cancelling the rest.")
  private boolean failFast;

  @Mixin
  private DependencyOptions dependencies;

  @Option(names = "--fallback",
      description = "Use the configuration export API when the package export fails or is missing.")
  private boolean fallback;

  @Mixin
  private ConnectionOptions connection;

  @Mixin
  private OutputOptions output;

  @Mixin
  private ExtractOptions extract;

  private Map<Integer, ReadablePackage.Written> extracted = Map.of();

  @Mixin
  private JournalOptions journal;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  BatchCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (concurrency < 1) {
      throw new UsageException("--concurrency must be at least 1, was " + concurrency);
    }
    ExportOptions exportOptions = ExportOptions.builder()
        .includeDependencies(dependencies.includeDependencies())
        .allowFallback(fallback)
        .build();
    List<ExportParams> params = ItemsFile.read(items, exportOptions);
    Servers resolved = connection.resolve(context);
    Set<String> environments = new LinkedHashSet<>();
    params.forEach(p -> environments.add(p.environment()));
    BatchOptions.Builder batchOptions = resolved.timeouts()
        .applyTo(BatchOptions.builder().concurrency(concurrency).failFast(failFast));
    CreatedFolders folders = out == null ? null : CreatedFolders.create(out, "--out");
    CreatedFolders extractFolders = extract.prepare(folders);
    Path packages = extract.packagesFolder(out);
    if (packages != null) {
      batchOptions.outputDirectory(packages);
    }
    BatchOptions options = batchOptions.build();
    ProgressRenderer progress = output.renderer(context, true);
    RunningJobs running = new RunningJobs(progress);
    BatchExportResult result;
    Path journalFolder = journal.forExports(resolved);
    try (Backend backend = context.backends().open(context, resolved, environments, running, journalFolder)) {
      progress.batchStarting(params.size());
      result = await(backend.batches().batchExportAsync(params, options), running, backend, progress);
      extracted = extract.writeAll(result);
    } finally {
      progress.finish();
      extract.deleteTemporaryPackages();
      // A batch whose every item failed (or that was interrupted) leaves no empty folder of its making.
      if (extractFolders != null) {
        extractFolders.removeIfEmpty();
      }
      if (folders != null) {
        folders.removeIfEmpty();
      }
    }
    print(result);
    return result.summary().failed() == 0 ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static BatchExportResult await(CompletableFuture<BatchExportResult> future, RunningJobs running,
      Backend backend, ProgressRenderer progress) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      // Ctrl-C (or a caller interrupting us): stop the batch, and tell the server about every job
      // it was running before the client closes.
      future.cancel(true);
      int cancelled = running.cancelAll(backend.jobs());
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, true, "the batch was interrupted (" + progress.interruptedCounts()
          + "); " + cancelled + " running job(s) were cancelled on the server");
    } catch (CancellationException e) {
      throw new ExportCancelledException(null, true, "the batch was cancelled");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExportException exportError) {
        throw exportError;
      }
      throw new IllegalStateException("the batch failed unexpectedly: " + cause, cause);
    }
  }

  private void print(BatchExportResult result) {
    if (output.json()) {
      List<Reports.BatchItemReport> reports = new ArrayList<>();
      for (BatchItemOutcome outcome : result.outcomes()) {
        reports.add(report(outcome));
      }
      context.out().println(Reports.toJson(new Reports.BatchReport(result.summary().failed() == 0 ? "ok" : "failed",
          result.summary().total(), result.summary().succeeded(), result.summary().failed(),
          result.summary().duration().toMillis(), reports)));
    } else {
      PrintStream out = context.out();
      for (BatchItemOutcome outcome : result.outcomes()) {
        out.println(line(outcome));
      }
      out.println(result.summary().total() + " items: " + result.summary().succeeded() + " succeeded, "
          + result.summary().failed() + " failed in " + Formats.took(result.summary().duration()));
    }
    Set<ExportErrorCode> codes = EnumSet.noneOf(ExportErrorCode.class);
    result.failures().forEach(f -> codes.add(f.error().code()));
    for (ExportErrorCode code : codes) {
      context.err().println("hint (" + code.code() + "): " + ErrorHints.hintFor(code, fallback));
    }
  }

  private String line(BatchItemOutcome outcome) {
    ExportParams p = outcome.params();
    String item = String.format(Locale.ROOT, "%3d  %-13s %-24s %-10s ", outcome.index() + 1, Types.label(p.type()),
        p.systemName(), p.environment());
    if (outcome.succeeded()) {
      return item + "ok      " + outcome.result().method() + ", " + Components.describe(outcome.result().content())
          + " (" + Formats.took(outcome.duration()) + ")"
          + (keptPackage(outcome) == null ? "" : " -> " + keptPackage(outcome))
          + (extracted.containsKey(outcome.index()) ? "; readable in " + extracted.get(outcome.index()).folder() : "");
    }
    return item + "FAILED  " + outcome.error().code() + ": " + Failures.oneLine(context, outcome.error().getMessage());
  }

  private Reports.BatchItemReport report(BatchItemOutcome outcome) {
    ExportParams p = outcome.params();
    if (outcome.succeeded()) {
      return new Reports.BatchItemReport(outcome.index(), Types.label(p.type()), p.systemName(), p.environment(), "ok",
          outcome.result().method().name(), Components.count(outcome.result().content()), null, null,
          outcome.duration().toMillis(), keptPackage(outcome),
          extracted.containsKey(outcome.index()) ? extracted.get(outcome.index()).folder().toString() : null);
    }
    ExportException error = outcome.error();
    return new Reports.BatchItemReport(outcome.index(), Types.label(p.type()), p.systemName(), p.environment(),
        "failed", null, null, error.code().code(), Failures.oneLine(context, error.getMessage()),
        outcome.duration().toMillis(), null, null);
  }

  private String keptPackage(BatchItemOutcome outcome) {
    boolean kept = outcome.result().download() != null && !extract.packagesAreTemporary();
    return kept ? outcome.result().download().path().toString() : null;
  }
}
