package io.sharedo.export;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs many exports at once with bounded concurrency. One item's failure never stops the others
 * unless {@link BatchOptions#failFast()} is set. Progress is reported per item through
 * {@link ExportListener#batchItemFinished}, to the client-wide listener and to the batch's own,
 * when one is given. With {@link BatchOptions#outputDirectory()} set, every item's package is kept
 * there.
 *
 * <p>Implementations are thread-safe. An item whose environment is not registered makes the call
 * throw {@link IllegalArgumentException} (listing the registered names) before anything starts.
 */
public interface BatchExportService {

  /**
   * Runs the batch and waits for it. Interrupting the waiting thread cancels the batch.
   *
   * @param items what to export
   * @param options how to run the batch
   * @return one outcome per item, in input order, and a summary
   */
  default BatchExportResult batchExport(List<ExportParams> items, BatchOptions options) {
    return batchExport(items, options, ExportListener.NONE);
  }

  /**
   * Runs the batch and waits for it, telling {@code listener} about this batch's events (every
   * item's export events and {@link ExportListener#batchItemFinished}). Interrupting the waiting
   * thread cancels the batch.
   *
   * @param items what to export
   * @param options how to run the batch
   * @param listener this batch's listener ({@link ExportListener#NONE} for none)
   * @return one outcome per item, in input order, and a summary
   */
  BatchExportResult batchExport(List<ExportParams> items, BatchOptions options, ExportListener listener);

  /**
   * Runs the batch asynchronously. Cancelling the returned future cancels every running export
   * (their jobs are cancelled on the server); the future then completes exceptionally with a
   * {@link java.util.concurrent.CancellationException}.
   *
   * @param items what to export
   * @param options how to run the batch
   * @return a future of the batch result
   */
  default CompletableFuture<BatchExportResult> batchExportAsync(List<ExportParams> items, BatchOptions options) {
    return batchExportAsync(items, options, ExportListener.NONE);
  }

  /**
   * Like {@link #batchExport(List, BatchOptions, ExportListener)}, asynchronously. Cancelling the
   * returned future cancels every running export.
   *
   * @param items what to export
   * @param options how to run the batch
   * @param listener this batch's listener ({@link ExportListener#NONE} for none)
   * @return a future of the batch result
   */
  CompletableFuture<BatchExportResult> batchExportAsync(List<ExportParams> items, BatchOptions options,
      ExportListener listener);
}
