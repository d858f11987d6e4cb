package io.sharedo.export;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs many exports at once with bounded concurrency. One item's failure never stops the others
 * unless {@link BatchOptions#failFast()} is set. Progress is reported per item through
 * {@link ExportListener#batchItemFinished}.
 *
 * <p>Implementations are thread-safe.
 */
public interface BatchExportService {

  /**
   * Runs the batch and waits for it. Interrupting the waiting thread cancels the batch.
   *
   * @param items what to export
   * @param options how to run the batch
   * @return one outcome per item, in input order, and a summary
   */
  BatchExportResult batchExport(List<ExportParams> items, BatchOptions options);

  /**
   * Runs the batch asynchronously. Cancelling the returned future cancels every running export
   * (their jobs are cancelled on the server); the future then completes exceptionally with a
   * {@link java.util.concurrent.CancellationException}.
   *
   * @param items what to export
   * @param options how to run the batch
   * @return a future of the batch result
   */
  CompletableFuture<BatchExportResult> batchExportAsync(List<ExportParams> items, BatchOptions options);
}
