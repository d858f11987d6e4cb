package io.sharedo.export.core.internal.job;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.JobPhase;
import io.sharedo.export.JobStatus;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.core.RecoveryPolicy.Action;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.pkg.ReaderWarmUp;
import io.sharedo.export.core.pkg.ExtractedPackage;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole export trip: create, monitor, download, validate, extract, parse; with the recovery
 * policy's fallback to the configuration export. Temporary folders are removed whatever happens.
 * Thread-safe.
 */
public final class ExportTrip {
  private static final Logger LOG = LoggerFactory.getLogger(ExportTrip.class);
  private static final String TEMP_PREFIX = "sharedo-export-";

  private final JobRunner runner;
  private final PackageReader reader;
  private final ExportListener listener;
  private final CallScopes scopes;
  private final Path tempRoot;
  private final FallbackExport fallback;

  /**
   * Creates the trip.
   *
   * @param runner the job operations
   * @param reader reads packages
   * @param listener the guarded client-wide listener
   * @param scopes routes each call's retries to its own listener
   * @param tempRoot where temporary folders go
   */
  public ExportTrip(JobRunner runner, PackageReader reader, ExportListener listener, CallScopes scopes, Path tempRoot) {
    this.runner = runner;
    this.reader = reader;
    this.listener = listener;
    this.scopes = scopes;
    this.tempRoot = tempRoot;
    this.fallback = new FallbackExport(runner, reader);
  }

  JobRunner runner() {
    return runner;
  }

  CallScopes scopes() {
    return scopes;
  }

  /**
   * The listener of one call: the client-wide one, then the call's own.
   *
   * @param own the call's listener, {@link ExportListener#NONE} for none
   * @return the guarded listener
   */
  public ExportListener listenerFor(ExportListener own) {
    return SafeListener.both(listener, own);
  }

  /**
   * Exports on the calling thread.
   *
   * @param params what to export
   * @param destination where to keep the package, or null to keep none
   * @param throttle paces every request
   * @param deadline the monitoring deadline
   * @param own the call's own listener, {@link ExportListener#NONE} for none
   * @return the result
   */
  public ExportResult export(ExportParams params, @Nullable Path destination, RequestThrottle throttle, Duration deadline,
      ExportListener own) {
    runner.api(params.environment());
    ExportParams scoped = scopes.open(params, own);
    try {
      return exportScoped(scoped, destination, throttle, deadline, listenerFor(own));
    } finally {
      scopes.close(scoped);
    }
  }

  private ExportResult exportScoped(ExportParams params, @Nullable Path destination, RequestThrottle throttle,
      Duration deadline, ExportListener events) {
    long start = System.nanoTime();
    events.exportStarted(params);
    checkDestination(params, destination, events);
    ExportJob job = null;
    try {
      job = runner.create(params, throttle, events, destination);
      ReaderWarmUp.startOnce();
      JobStatus status = runner.monitor(job, deadline, throttle, events);
      ExportResult result = finish(job, status, destination, throttle, start, events);
      runner.forget(job);
      return result;
    } catch (ExportException e) {
      runner.forgetAfter(job, e);
      ExportResult result = fallBackOrFail(params, destination, throttle, start, e, events);
      runner.forget(job);
      return result;
    }
  }

  /**
   * Finishes a job a previous process started: monitors it (a finished job answers at once), then
   * downloads and reads it. The journal entry goes once the package is in place, or when the job
   * cannot be finished; a broken download or a timeout keeps it for another try.
   *
   * @param recovered the journal entry
   * @param destination where to keep the package, or null
   * @param own the call's own listener, {@link ExportListener#NONE} for none
   * @return the result
   */
  public ExportResult resume(RecoveredJob recovered, @Nullable Path destination, ExportListener own) {
    runner.api(recovered.job().environment());
    ExportJob job = scopedJob(recovered.job(), own);
    ExportListener events = listenerFor(own);
    try {
      long start = System.nanoTime();
      events.exportStarted(recordedParams(job));
      checkDestination(recordedParams(job), destination, events);
      try {
        JobStatus status = runner.monitor(job, runner.pollPolicy().defaultDeadline(), RequestThrottle.NONE, events);
        ExportResult result = finish(job, status, destination, RequestThrottle.NONE, start, events);
        runner.forget(job);
        return result;
      } catch (ExportException e) {
        runner.forgetAfter(job, e);
        events.failed(recordedParams(job), e);
        throw e;
      }
    } finally {
      scopes.close(recordedParams(job));
    }
  }

  /**
   * Exports asynchronously; see {@link AsyncExport}.
   *
   * @param params what to export
   * @param destination where to keep the package, or null
   * @param throttle paces every request
   * @param deadline the monitoring deadline
   * @param own the call's own listener, {@link ExportListener#NONE} for none
   * @return the future result; cancelling it cancels the job
   */
  public CompletableFuture<ExportResult> exportAsync(ExportParams params, @Nullable Path destination, RequestThrottle throttle,
      Duration deadline, ExportListener own) {
    runner.api(params.environment());
    ExportParams scoped = scopes.open(params, own);
    return new AsyncExport(this, scoped, null, destination, throttle, deadline, listenerFor(own)).start();
  }

  /**
   * Resumes asynchronously: like {@link #resume}, monitoring on the scheduler.
   *
   * @param recovered the journal entry
   * @param destination where to keep the package, or null
   * @param own the call's own listener, {@link ExportListener#NONE} for none
   * @return the future result; cancelling it cancels the job
   */
  public CompletableFuture<ExportResult> resumeAsync(RecoveredJob recovered, @Nullable Path destination, ExportListener own) {
    runner.api(recovered.job().environment());
    ExportJob job = scopedJob(recovered.job(), own);
    return new AsyncExport(this, recordedParams(job), job, destination, RequestThrottle.NONE,
        runner.pollPolicy().defaultDeadline(), listenerFor(own)).start();
  }

  /** A journal records a job with its parameters, so a recovered job always has them. */
  private static ExportParams recordedParams(ExportJob job) {
    return Objects.requireNonNull(job.params(), "a recorded job has its parameters");
  }

  private ExportJob scopedJob(ExportJob recorded, ExportListener own) {
    ExportParams scoped = scopes.open(recordedParams(recorded), own);
    return scoped == recorded.params() ? recorded
        : new ExportJob(recorded.jobId(), scoped, Objects.requireNonNull(recorded.idempotencyKey()),
            Objects.requireNonNull(recorded.createdAt()));
  }

  static void checkDestination(ExportParams params, @Nullable Path destination, ExportListener events) {
    if (destination != null) {
      try {
        DestinationCheck.writable(destination);
      } catch (ExportException e) {
        events.failed(params, e);
        throw e;
      }
    }
  }

  ExportResult fallBackOrFail(ExportParams params, @Nullable Path destination, RequestThrottle throttle, long start,
      ExportException error, ExportListener events) {
    ExportException failure = error;
    if (runner.api(params.environment()).http().retrier().decide(params, "export", error, 1).action()
        == Action.FALL_BACK) {
      LOG.info("package export of {} '{}' on {} failed ({}); falling back to the configuration export",
          params.provider(), params.systemName(), params.environment(), error.code());
      try {
        return fallback(params, destination, throttle, start, events);
      } catch (ExportCancelledException cancelled) {
        failure = cancelled;
      } catch (ExportException fallbackError) {
        failure = bothFailed(error, fallbackError);
      }
    }
    events.failed(params, failure);
    throw failure;
  }

  /**
   * One exception that says both failures: the package export's code (what was asked for failed
   * first), a message naming both, the fallback's code and message in the details, and the two
   * exceptions as cause and suppressed.
   */
  static ExportException bothFailed(ExportException primary, ExportException fallbackError) {
    String first = primary.getMessage();
    Map<String, String> details = new java.util.HashMap<>(primary.details());
    details.put("fallbackCode", fallbackError.code().code());
    details.put("fallbackMessage", fallbackError.getMessage());
    ExportException both = new ExportException(primary.code(), "the package export failed: " + first
        + "; the fallback to the configuration export failed too: " + fallbackError.code().code() + ": "
        + fallbackError.getMessage(), details, primary,
        primary.isRecoverable());
    both.addSuppressed(fallbackError);
    return both;
  }

  ExportResult finish(ExportJob job, JobStatus status, @Nullable Path destination, RequestThrottle throttle, long start,
      ExportListener events) {
    runner.journal(job, JobPhase.DOWNLOADING, destination);
    // Only jobs this client created are finished here, and those carry their parameters.
    return fetchAndRead(Objects.requireNonNull(job.params(), "a created job has its parameters"), job, destination,
        start, events,
        (file, check) -> runner.download(job, status, file, throttle, check, events));
  }

  private ExportResult fallback(ExportParams params, @Nullable Path destination, RequestThrottle throttle, long start,
      ExportListener events) {
    Path temp = createTempFolder();
    try {
      return fallback.run(params, destination, throttle, start, temp, events);
    } finally {
      deleteTree(temp);
    }
  }

  /** Fetches a package into a file, running a check on the complete file before it is moved into place. */
  @FunctionalInterface
  private interface Fetch {
    DownloadResult fetch(Path file, java.util.function.Consumer<Path> check);
  }

  private ExportResult fetchAndRead(ExportParams params, ExportJob job, @Nullable Path destination, long start,
      ExportListener listener, Fetch fetch) {
    Path temp = createTempFolder();
    try {
      Path file = destination != null ? destination : temp.resolve("package.zip");
      // Validate and extract the complete part file before it is moved into place, so the
      // destination only ever receives a package that could be read.
      ExtractedPackage[] extracted = new ExtractedPackage[1];
      DownloadResult download = fetch.fetch(file, part -> {
        reader.validate(part);
        extracted[0] = reader.extract(part, temp.resolve("content"));
      });
      listener.validated(job, download);
      listener.extracted(job, extracted[0].directory(), extracted[0].files());
      ExportResult result = new ExportResult(params, job, ExportMethod.PACKAGE_EXPORT, extracted[0].content(),
          destination == null ? null : download, Duration.ofNanos(System.nanoTime() - start));
      listener.completed(result);
      return result;
    } finally {
      deleteTree(temp);
    }
  }

  private Path createTempFolder() {
    try {
      Files.createDirectories(tempRoot);
      return Files.createTempDirectory(tempRoot, TEMP_PREFIX);
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED,
          "cannot create a temporary folder in " + tempRoot + " (" + e.getMessage() + "); check tempDirectory",
          Map.of(), e);
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
          Files.delete(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      LOG.warn("could not delete the temporary folder {}", root, e);
    }
  }
}
