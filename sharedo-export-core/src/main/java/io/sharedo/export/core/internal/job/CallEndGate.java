package io.sharedo.export.core.internal.job;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The events of one asynchronous call, ending with its terminal event. A cancelled call reports
 * {@code failed} on the cancelling thread while a poll or a download may still be reporting on
 * another; without this gate such a late {@code progress} could reach the listener after
 * {@code failed}. Events are delivered one at a time, and none after the first {@code failed} or
 * {@code completed}. Thread-safe.
 */
final class CallEndGate implements ExportListener {
  private final ExportListener delegate;
  private boolean ended;

  CallEndGate(ExportListener delegate) {
    this.delegate = delegate;
  }

  private synchronized boolean open() {
    return !ended;
  }

  @Override
  public synchronized void exportStarted(ExportParams params) {
    if (open()) {
      delegate.exportStarted(params);
    }
  }

  @Override
  public synchronized void jobCreated(ExportJob job) {
    if (open()) {
      delegate.jobCreated(job);
    }
  }

  @Override
  public synchronized void progress(ExportJob job, int percentage, @Nullable String step) {
    if (open()) {
      delegate.progress(job, percentage, step);
    }
  }

  @Override
  public synchronized void stalled(ExportJob job, Duration sinceLastProgress) {
    if (open()) {
      delegate.stalled(job, sinceLastProgress);
    }
  }

  @Override
  public synchronized void retryScheduled(ExportParams params, String operation, int attempt, Duration delay,
      ExportException cause) {
    if (open()) {
      delegate.retryScheduled(params, operation, attempt, delay, cause);
    }
  }

  @Override
  public synchronized void downloadStarted(ExportJob job, long offset, long totalBytes) {
    if (open()) {
      delegate.downloadStarted(job, offset, totalBytes);
    }
  }

  @Override
  public synchronized void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    if (open()) {
      delegate.downloadProgress(job, bytesReceived, totalBytes);
    }
  }

  @Override
  public synchronized void validated(ExportJob job, DownloadResult download) {
    if (open()) {
      delegate.validated(job, download);
    }
  }

  @Override
  public synchronized void extracted(ExportJob job, Path directory, int files) {
    if (open()) {
      delegate.extracted(job, directory, files);
    }
  }

  @Override
  public synchronized void completed(ExportResult result) {
    if (open()) {
      ended = true;
      delegate.completed(result);
    }
  }

  @Override
  public synchronized void failed(ExportParams params, ExportException error) {
    if (open()) {
      ended = true;
      delegate.failed(params, error);
    }
  }
}
