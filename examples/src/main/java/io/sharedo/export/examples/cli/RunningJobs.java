package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportJobManager;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the jobs the server accepted that have not finished yet, so that an interrupted run can
 * cancel them on the server itself, synchronously, before it closes the client (the client's own
 * cancellation of a cancelled batch runs in the background and could be cut short by the close).
 * Forwards every event to a delegate. Thread-safe.
 */
final class RunningJobs implements ExportListener {
  private final ExportListener delegate;
  private final Map<String, ExportJob> running = new ConcurrentHashMap<>();
  private volatile boolean anyCreated;

  /**
   * Creates the tracker.
   *
   * @param delegate receives every event too
   */
  RunningJobs(ExportListener delegate) {
    this.delegate = delegate;
  }

  /**
   * Cancels every job still running on the server, ignoring failures (the run is ending anyway).
   * Clears the calling thread's interrupt for the duration, so the requests can be sent, and
   * restores it.
   *
   * @param jobs the job manager
   * @return how many jobs the server acknowledged cancelling
   */
  int cancelAll(ExportJobManager jobs) {
    boolean interrupted = Thread.interrupted();
    int acknowledged = 0;
    try {
      for (ExportJob job : new ArrayList<>(running.values())) {
        try {
          if (jobs.cancelJob(job).serverAcknowledged()) {
            acknowledged++;
          }
        } catch (RuntimeException e) {
          // Best effort: one job that cannot be cancelled must not stop the others.
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return acknowledged;
  }

  /**
   * Runs a blocking call; when it ends with EXPORT_009 (the thread was interrupted), cancels the
   * jobs still running on the server before rethrowing, so that closing the client cannot cut the
   * cancellation short.
   *
   * @param backend the backend the call uses
   * @param call the call
   * @param <T> what it returns
   * @return what it returned
   */
  <T> T cancelOnInterrupt(Backend backend, Supplier<T> call) {
    try {
      return call.get();
    } catch (ExportException e) {
      if (e.code() == ExportErrorCode.CANCELLED) {
        cancelAll(backend.jobs());
      }
      throw e;
    }
  }

  /**
   * The jobs still running, for tests and messages.
   *
   * @return a snapshot
   */
  List<ExportJob> running() {
    return List.copyOf(running.values());
  }

  /**
   * Whether a job was created on a server during this run, finished or not.
   *
   * @return true after the first {@code jobCreated}
   */
  boolean createdAJob() {
    return anyCreated;
  }

  @Override
  public void exportStarted(ExportParams params) {
    delegate.exportStarted(params);
  }

  @Override
  public void jobCreated(ExportJob job) {
    anyCreated = true;
    running.put(job.jobId(), job);
    delegate.jobCreated(job);
  }

  @Override
  public void progress(ExportJob job, int percentage, String step) {
    delegate.progress(job, percentage, PrintableText.line(step));
  }

  @Override
  public void stalled(ExportJob job, Duration sinceLastProgress) {
    delegate.stalled(job, sinceLastProgress);
  }

  @Override
  public void retryScheduled(ExportParams params, String operation, int attempt, Duration delay,
      ExportException cause) {
    delegate.retryScheduled(params, operation, attempt, delay, cause);
  }

  @Override
  public void downloadStarted(ExportJob job, long offset, long totalBytes) {
    delegate.downloadStarted(job, offset, totalBytes);
  }

  @Override
  public void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    delegate.downloadProgress(job, bytesReceived, totalBytes);
  }

  @Override
  public void validated(ExportJob job, DownloadResult download) {
    running.remove(job.jobId());
    delegate.validated(job, download);
  }

  @Override
  public void extracted(ExportJob job, Path directory, int files) {
    delegate.extracted(job, directory, files);
  }

  @Override
  public void completed(ExportResult result) {
    if (result.job() != null) {
      running.remove(result.job().jobId());
    }
    delegate.completed(result);
  }

  @Override
  public void failed(ExportParams params, ExportException error) {
    // A cancelled export's job is exactly the one still to cancel on the server: keep it.
    if (error.code() != ExportErrorCode.CANCELLED) {
      running.values().removeIf(job -> job.params().equals(params));
    }
    delegate.failed(params, error);
  }

  @Override
  public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    delegate.batchItemFinished(outcome, finished, total);
  }
}
