package io.sharedo.export.examples.cli;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: exports one item and keeps its verified package as
 * {@code DIR/<type>-<systemName>-<environment>.zip}, then prints what it holds. Created per run;
 * not thread-safe.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export one item and keep its verified package file.")
final class ExportCommand implements Callable<Integer> {

  @Option(names = "--type", required = true, paramLabel = "TYPE",
      description = "What to export: worktype, workflow, form or configuration.")
  private ExportType type;

  @Option(names = "--system-name", required = true, paramLabel = "NAME", description = "The item's system name.")
  private String systemName;

  @Option(names = "--environment", required = true, paramLabel = "ENV",
      description = "The environment to export from (uat or vnext on the built-in fake server).")
  private String environment;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "The folder to write the package to (created if missing).")
  private Path out;

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

  @Mixin
  private JournalOptions journal;

  /** Failures after which the journal keeps the job (a subset of those the library keeps it for). */
  private static final Set<ExportErrorCode> RESUMABLE = EnumSet.of(ExportErrorCode.NETWORK_ERROR,
      ExportErrorCode.JOB_TIMED_OUT, ExportErrorCode.DOWNLOAD_FAILED, ExportErrorCode.AUTHENTICATION_FAILED);

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  ExportCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Servers resolved = connection.resolve(context);
    if (systemName.isBlank()) {
      throw new UsageException("--system-name cannot be blank");
    }
    if (environment.isBlank()) {
      throw new UsageException("--environment cannot be blank");
    }
    Path destination = PackageFileNames.in(out, type, systemName, environment);
    CreatedFolders folders = CreatedFolders.create(out, "--out");
    CreatedFolders extractFolders = extract.prepare(folders);
    ExportParams params = ExportParams.builder()
        .type(type)
        .systemName(systemName)
        .environment(environment)
        .options(ExportOptions.builder()
            .includeDependencies(dependencies.includeDependencies())
            .allowFallback(fallback)
            .build())
        .build();
    ProgressRenderer progress = output.renderer(context, false);
    RunningJobs running = new RunningJobs(progress);
    ExportResult result;
    Path journalFolder = journal.forExports(resolved);
    try {
      try (Backend backend = context.backends().open(context, resolved, Set.of(environment), running,
          journalFolder)) {
        result = running.cancelOnInterrupt(backend, () -> backend.exports().export(params, destination));
      } catch (RuntimeException | Error e) {
        removeIfEmpty(folders, extractFolders);
        throw e;
      } finally {
        progress.finish();
      }
    } catch (ExportException e) {
      return failed(e, journalFolder != null && running.createdAJob());
    }
    ReadablePackage.Written extracted;
    try {
      extracted = extract.write(result);
    } catch (RuntimeException e) {
      // The command fails, so it leaves nothing: not the package it downloaded, nor folders it made.
      ReadablePackage.deleteQuietly(result.download() == null ? null : result.download().path());
      removeIfEmpty(folders, extractFolders);
      throw e;
    }
    print(result, destination, extracted);
    return ExitCodes.OK;
  }

  /**
   * Reports a failed export; when its job was created and the journal keeps it (the failures after
   * which resuming can help, as the library's journal decides), says that {@code recover} can finish it.
   */
  private int failed(ExportException error, boolean journalled) {
    int code = Failures.exportFailed(context, output.json(), fallback, error);
    if (journalled && RESUMABLE.contains(error.code())) {
      context.err().println("hint: the job may still finish on the server, and the journal keeps it: 'sharedo-export"
          + " recover' with the same connection options and --out fetches its package later");
    }
    return code;
  }

  private static void removeIfEmpty(CreatedFolders folders, CreatedFolders extractFolders) {
    if (extractFolders != null) {
      extractFolders.removeIfEmpty();
    }
    folders.removeIfEmpty();
  }

  private void print(ExportResult result, Path destination, ReadablePackage.Written extracted) {
    DownloadResult download = result.download();
    String jobId = result.job() == null ? null : result.job().jobId();
    if (output.json()) {
      context.out().println(Reports.toJson(new Reports.ExportReport("ok", Types.label(type), systemName, environment,
          result.method().name(), jobId, download == null ? null : download.path().toString(),
          download == null ? null : download.size(), download == null ? null : download.sha256(),
          Components.count(result.content()), result.duration().toMillis(),
          extracted == null ? null : extracted.folder().toString())));
      return;
    }
    PrintStream p = context.out();
    p.println("exported " + Types.label(type) + " " + systemName + " from " + environment + " in "
        + Formats.took(result.duration()));
    p.println("  method      " + result.method() + (jobId == null ? "" : " (job " + jobId + ")"));
    if (download != null) {
      p.println("  file        " + download.path());
      p.println("  size        " + Formats.bytes(download.size()) + " (" + download.size() + " bytes)");
      p.println("  sha256      " + download.sha256());
    } else {
      p.println("  file        none: the " + result.method() + " result has no package file (" + destination
          + " not written)");
    }
    p.println("  components  " + Components.describe(result.content()));
    if (extracted != null) {
      p.println("  extracted   " + extracted.folder() + " (" + extracted.files() + " files)");
    } else if (extract.requested()) {
      p.println("  extracted   none: the " + result.method() + " result has no package to unpack");
    }
  }
}
