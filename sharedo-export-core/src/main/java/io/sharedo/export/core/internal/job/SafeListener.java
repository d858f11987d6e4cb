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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the caller's listeners (the client-wide one, and a call's own when it has
 * one), catching and logging whatever each throws so that a broken listener never breaks an export
 * (as Failsafe's event listeners do) nor keeps the event from the other. Thread-safe when the
 * delegates are.
 */
public final class SafeListener implements ExportListener {
  private static final Logger LOG = LoggerFactory.getLogger(SafeListener.class);

  private final List<ExportListener> delegates;

  private SafeListener(List<ExportListener> delegates) {
    this.delegates = delegates;
  }

  /**
   * Wraps a listener (once: wrapping a {@code SafeListener} returns it).
   *
   * @param listener the caller's listener
   * @return the guarded listener
   */
  public static ExportListener wrap(ExportListener listener) {
    return listener instanceof SafeListener ? listener : new SafeListener(List.of(listener));
  }

  /**
   * Delivers every event to {@code first}, then to {@code second}, each guarded.
   *
   * @param first the client-wide listener
   * @param second a call's own listener; {@link ExportListener#NONE} adds nothing
   * @return the guarded pair
   */
  public static ExportListener both(ExportListener first, ExportListener second) {
    if (second == ExportListener.NONE) {
      return wrap(first);
    }
    List<ExportListener> all = new ArrayList<>();
    for (ExportListener listener : List.of(first, second)) {
      if (listener instanceof SafeListener safe) {
        all.addAll(safe.delegates);
      } else {
        all.add(listener);
      }
    }
    return new SafeListener(List.copyOf(all));
  }

  private void guard(String event, Consumer<ExportListener> call) {
    for (ExportListener delegate : delegates) {
      try {
        call.accept(delegate);
      } catch (RuntimeException e) {
        LOG.warn("listener threw from {}; ignored", event, e);
      }
    }
  }

  @Override
  public void exportStarted(ExportParams params) {
    guard("exportStarted", d -> d.exportStarted(params));
  }

  @Override
  public void jobCreated(ExportJob job) {
    guard("jobCreated", d -> d.jobCreated(job));
  }

  @Override
  public void progress(ExportJob job, int percentage, @Nullable String step) {
    guard("progress", d -> d.progress(job, percentage, step));
  }

  @Override
  public void stalled(ExportJob job, Duration sinceLastProgress) {
    guard("stalled", d -> d.stalled(job, sinceLastProgress));
  }

  @Override
  public void retryScheduled(ExportParams params, String operation, int attempt, Duration delay, ExportException cause) {
    guard("retryScheduled", d -> d.retryScheduled(params, operation, attempt, delay, cause));
  }

  @Override
  public void downloadStarted(ExportJob job, long offset, long totalBytes) {
    guard("downloadStarted", d -> d.downloadStarted(job, offset, totalBytes));
  }

  @Override
  public void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    guard("downloadProgress", d -> d.downloadProgress(job, bytesReceived, totalBytes));
  }

  @Override
  public void validated(ExportJob job, DownloadResult download) {
    guard("validated", d -> d.validated(job, download));
  }

  @Override
  public void extracted(ExportJob job, Path directory, int files) {
    guard("extracted", d -> d.extracted(job, directory, files));
  }

  @Override
  public void completed(ExportResult result) {
    guard("completed", d -> d.completed(result));
  }

  @Override
  public void failed(ExportParams params, ExportException error) {
    guard("failed", d -> d.failed(params, error));
  }

  @Override
  public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    guard("batchItemFinished", d -> d.batchItemFinished(outcome, finished, total));
  }
}
