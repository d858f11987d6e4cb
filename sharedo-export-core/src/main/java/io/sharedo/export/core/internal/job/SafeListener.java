package io.sharedo.export.core.internal.job;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the caller's listener, catching and logging whatever it throws so that a
 * broken listener never breaks an export (as Failsafe's event listeners do). Thread-safe when the
 * delegate is.
 */
public final class SafeListener implements ExportListener {
  private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

  private final ExportListener delegate;

  private SafeListener(ExportListener delegate) {
    this.delegate = delegate;
  }

  /**
   * Wraps a listener (once: wrapping a {@code SafeListener} returns it).
   *
   * @param listener the caller's listener
   * @return the guarded listener
   */
  public static ExportListener wrap(ExportListener listener) {
    return listener instanceof SafeListener ? listener : new SafeListener(listener);
  }

  private void guard(String event, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("listener threw from {}; ignored", event, e);
    }
  }

  @Override
  public void exportStarted(ExportParams params) {
    guard("exportStarted", () -> delegate.exportStarted(params));
  }

  @Override
  public void jobCreated(ExportJob job) {
    guard("jobCreated", () -> delegate.jobCreated(job));
  }

  @Override
  public void progress(ExportJob job, int percentage, String step) {
    guard("progress", () -> delegate.progress(job, percentage, step));
  }

  @Override
  public void stalled(ExportJob job, Duration sinceLastProgress) {
    guard("stalled", () -> delegate.stalled(job, sinceLastProgress));
  }

  @Override
  public void retryScheduled(ExportParams params, String operation, int attempt, Duration delay, ExportException cause) {
    guard("retryScheduled", () -> delegate.retryScheduled(params, operation, attempt, delay, cause));
  }

  @Override
  public void downloadStarted(ExportJob job, long offset, long totalBytes) {
    guard("downloadStarted", () -> delegate.downloadStarted(job, offset, totalBytes));
  }

  @Override
  public void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    guard("downloadProgress", () -> delegate.downloadProgress(job, bytesReceived, totalBytes));
  }

  @Override
  public void validated(ExportJob job, DownloadResult download) {
    guard("validated", () -> delegate.validated(job, download));
  }

  @Override
  public void extracted(ExportJob job, Path directory, int files) {
    guard("extracted", () -> delegate.extracted(job, directory, files));
  }

  @Override
  public void completed(ExportResult result) {
    guard("completed", () -> delegate.completed(result));
  }

  @Override
  public void failed(ExportParams params, ExportException error) {
    guard("failed", () -> delegate.failed(params, error));
  }

  @Override
  public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    guard("batchItemFinished", () -> delegate.batchItemFinished(outcome, finished, total));
  }
}
