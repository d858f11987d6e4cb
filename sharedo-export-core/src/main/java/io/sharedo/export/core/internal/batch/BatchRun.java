package io.sharedo.export.core.internal.batch;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.BatchSummary;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of one running batch. Thread-safe: item futures complete on any thread; the state is
 * guarded by this object's monitor, which is never held while calling the exporter or cancelling
 * a future (either may run completion callbacks that come back here).
 */
final class BatchRun {
  private static final Logger LOG = LoggerFactory.getLogger(BatchRun.class);

  private final List<ExportParams> items;
  private final BatchOptions options;
  private final BatchExporter exporter;
  private final ExportListener listener;
  private final LongSupplier nanoClock;
  private final ServerThrottles throttles;
  private final List<Path> destinations;
  private final CompletableFuture<BatchExportResult> result = new CompletableFuture<>();
  private final long startNanos;
  /** Requests to run {@link #pump()}; only the thread that moves it from 0 pumps, so starting never recurses. */
  private final AtomicInteger pumpRequests = new AtomicInteger();

  // Guarded by this.
  private final BatchItemOutcome[] outcomes;
  private final long[] itemStartNanos;
  private final Map<Integer, CompletableFuture<ExportResult>> running = new HashMap<>();
  private int nextIndex;
  private int inFlight;
  private int finished;
  private @Nullable String stopReason;

  BatchRun(List<ExportParams> items, BatchOptions options, BatchExporter exporter, ExportListener listener,
      LongSupplier nanoClock) {
    this.items = items;
    this.options = options;
    this.exporter = exporter;
    this.listener = listener;
    this.nanoClock = nanoClock;
    this.throttles = new ServerThrottles(options.requestsPerSecondPerServer());
    this.destinations = BatchFileNames.assign(items, options.outputDirectory());
    this.outcomes = new BatchItemOutcome[items.size()];
    this.itemStartNanos = new long[items.size()];
    this.startNanos = nanoClock.getAsLong();
  }

  CompletableFuture<BatchExportResult> start() {
    LOG.debug("batch of {} exports starting, at most {} at a time", items.size(), options.concurrency());
    result.whenComplete((value, error) -> {
      if (result.isCancelled()) {
        List<CompletableFuture<ExportResult>> toCancel;
        synchronized (this) {
          toCancel = stop("the batch was cancelled");
        }
        toCancel.forEach(future -> future.cancel(true));
      }
    });
    if (items.isEmpty()) {
      complete();
    } else {
      pump();
    }
    return result;
  }

  /** Starts items while there is room; safe to call from any thread, any number of times. */
  private void pump() {
    if (pumpRequests.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      while (true) {
        int index;
        synchronized (this) {
          if (stopReason != null || nextIndex >= items.size() || inFlight >= options.concurrency()) {
            break;
          }
          index = nextIndex++;
          inFlight++;
          itemStartNanos[index] = nanoClock.getAsLong();
        }
        startItem(index);
      }
      missed = pumpRequests.addAndGet(-missed);
    } while (missed != 0);
  }

  private void startItem(int index) {
    ExportParams params = items.get(index);
    CompletableFuture<ExportResult> future;
    try {
      future = exporter.start(params, destinations.get(index), throttles.forEnvironment(params.environment()),
          options.itemTimeout());
      if (future == null) {
        throw new IllegalStateException("the batch exporter returned no future");
      }
    } catch (RuntimeException | Error e) {
      // A synchronous failure is that item's failure; letting it escape would stall the batch.
      finish(index, null, e);
      return;
    }
    boolean cancelNow;
    synchronized (this) {
      running.put(index, future);
      cancelNow = stopReason != null;
    }
    if (cancelNow) {
      future.cancel(true);
    }
    future.whenComplete((value, error) -> finish(index, value, error));
  }

  private void finish(int index, @Nullable ExportResult value, Throwable error) {
    ExportParams params = items.get(index);
    List<CompletableFuture<ExportResult>> toCancel = List.of();
    boolean done;
    synchronized (this) {
      if (outcomes[index] != null) {
        return;
      }
      running.remove(index);
      inFlight--;
      ExportException failure = null;
      if (error != null || value == null) {
        failure = BatchErrors.toExportException(
            error != null ? error : new IllegalStateException("the export completed without a result"),
            params, stopReason);
      }
      Duration took = Duration.ofNanos(Math.max(0, nanoClock.getAsLong() - itemStartNanos[index]));
      record(new BatchItemOutcome(index, params, failure == null ? value : null, failure, took));
      if (failure != null && options.failFast() && stopReason == null) {
        toCancel = stop("fail-fast: item " + index + " failed with " + failure.code());
      }
      done = finished == items.size();
    }
    toCancel.forEach(future -> future.cancel(true));
    if (done) {
      complete();
    } else {
      pump();
    }
  }

  /**
   * Stops the batch: marks every item not yet started as cancelled and returns the running item
   * futures, which the caller cancels once it no longer holds the monitor.
   */
  private List<CompletableFuture<ExportResult>> stop(String reason) {
    assert Thread.holdsLock(this);
    if (stopReason != null) {
      return List.of();
    }
    stopReason = reason;
    LOG.debug("batch stopping: {}", reason);
    for (int index = nextIndex; index < items.size(); index++) {
      ExportParams params = items.get(index);
      record(new BatchItemOutcome(index, params, null, BatchErrors.cancelled(params, reason), Duration.ZERO));
    }
    nextIndex = items.size();
    return new ArrayList<>(running.values());
  }

  /** Stores an outcome and reports it; under the monitor so that listeners see {@code finished} count up. */
  private void record(BatchItemOutcome outcome) {
    outcomes[outcome.index()] = outcome;
    finished++;
    try {
      listener.batchItemFinished(outcome, finished, items.size());
    } catch (RuntimeException e) {
      LOG.warn("ExportListener.batchItemFinished threw; ignored", e);
    }
  }

  private void complete() {
    List<BatchItemOutcome> ordered;
    synchronized (this) {
      ordered = Arrays.asList(outcomes.clone());
    }
    int succeeded = (int) ordered.stream().filter(BatchItemOutcome::succeeded).count();
    Duration took = Duration.ofNanos(Math.max(0, nanoClock.getAsLong() - startNanos));
    BatchSummary summary = new BatchSummary(ordered.size(), succeeded, ordered.size() - succeeded, took);
    LOG.debug("batch finished: {} succeeded, {} failed in {}", summary.succeeded(), summary.failed(), took);
    result.complete(new BatchExportResult(ordered, summary));
  }
}
