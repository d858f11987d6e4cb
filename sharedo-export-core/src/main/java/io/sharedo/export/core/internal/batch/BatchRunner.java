package io.sharedo.export.core.internal.batch;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Runs batches of exports with bounded concurrency. Holds no state between batches: thread-safe
 * and reusable, one instance per client.
 *
 * <p>Each batch starts at most {@link BatchOptions#concurrency()} exports, then starts the next
 * one whenever one ends, on the thread that completed it: no thread waits per item. One item's
 * failure does not stop the others unless {@link BatchOptions#failFast()} is set. Outcomes come
 * back in input order, each reported to {@link ExportListener#batchItemFinished} as it ends.
 * Cancelling the returned future cancels the running exports and marks the rest as cancelled.
 */
public final class BatchRunner {
  private final ExportListener listener;
  private final LongSupplier nanoClock;

  /**
   * Creates a runner.
   *
   * @param listener told about each item as it ends; exceptions it throws are logged and ignored
   * @throws IllegalArgumentException when listener is null
   */
  public BatchRunner(ExportListener listener) {
    this(listener, System::nanoTime);
  }

  /** For tests: a runner timing items and batches with the given clock. */
  BatchRunner(ExportListener listener, LongSupplier nanoClock) {
    if (listener == null) {
      throw new IllegalArgumentException("listener cannot be null");
    }
    this.listener = listener;
    this.nanoClock = nanoClock;
  }

  /**
   * Runs a batch.
   *
   * @param items what to export; may be empty
   * @param options concurrency, fail-fast, rate limit and item deadline
   * @param exporter starts one export
   * @return a future of one outcome per item in input order and the summary; it never completes
   *     exceptionally except when cancelled, since item failures are outcomes
   * @throws IllegalArgumentException when an argument or an item is null
   */
  public CompletableFuture<BatchExportResult> run(List<ExportParams> items, BatchOptions options,
      BatchExporter exporter) {
    return run(items, options, exporter, listener);
  }

  /**
   * Runs a batch that reports its items to a listener of its own.
   *
   * @param items what to export; may be empty
   * @param options concurrency, fail-fast, rate limit, item deadline and output folder
   * @param exporter starts one export
   * @param batchListener told about each item as it ends (the guarded client-wide and call listeners)
   * @return as {@link #run(List, BatchOptions, BatchExporter)}
   * @throws IllegalArgumentException when an argument or an item is null
   */
  public CompletableFuture<BatchExportResult> run(List<ExportParams> items, BatchOptions options,
      BatchExporter exporter, ExportListener batchListener) {
    if (items == null) {
      throw new IllegalArgumentException("items cannot be null");
    }
    List<ExportParams> copy = new ArrayList<>(items);
    for (int i = 0; i < copy.size(); i++) {
      if (copy.get(i) == null) {
        throw new IllegalArgumentException("items[" + i + "] cannot be null");
      }
    }
    if (options == null) {
      throw new IllegalArgumentException("options cannot be null");
    }
    if (exporter == null) {
      throw new IllegalArgumentException("exporter cannot be null");
    }
    return new BatchRun(List.copyOf(copy), options, exporter, batchListener, nanoClock).start();
  }
}
