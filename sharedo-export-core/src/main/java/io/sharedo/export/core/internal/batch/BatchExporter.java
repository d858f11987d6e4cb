package io.sharedo.export.core.internal.batch;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.core.internal.RequestThrottle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Starts one export of a batch. The client supplies it; the batch runner decides when to call it.
 * It must return promptly (the export runs asynchronously), must call {@code throttle.acquire()}
 * before every request it sends, and should honour cancellation of the returned future by
 * cancelling the export (and its server job).
 */
@FunctionalInterface
public interface BatchExporter {

  /**
   * Starts an export.
   *
   * @param params what to export
   * @param destination the item's package file in the batch's output folder, or null to keep none
   * @param throttle paces the requests to the item's server; shared with the other items of that server
   * @param deadline how long the export may take, from now
   * @return the export's future; completing exceptionally with an {@link io.sharedo.export.ExportException}
   *     when it fails
   */
  CompletableFuture<ExportResult> start(ExportParams params, @Nullable Path destination, RequestThrottle throttle,
      Duration deadline);
}
