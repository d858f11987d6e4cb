package io.sharedo.export.benchmarks;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Figure 6: 100 exports at concurrency 5 of jobs lasting 1 s each; ideally 100 / 5 x 1 s = 20 s.
 * Each export is the whole trip (create, poll, download, validate, extract) of a small package, so
 * the overhead over 20 s is what polling and the rest of the trip add.
 */
final class BatchFigure {
  private static final int ITEMS = 100;
  private static final int CONCURRENCY = 5;
  private static final Duration JOB_LENGTH = Duration.ofSeconds(1);
  private static final double IDEAL_SECONDS = (double) ITEMS / CONCURRENCY * JOB_LENGTH.toMillis() / 1000;

  private BatchFigure() {}

  static Figure run() throws Exception {
    String name = "batch 100 exports, concurrency 5, 1 s jobs";
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().jobDuration(JOB_LENGTH).start();
        ShareDoExportClient client = FakeServers.client(server).build()) {
      List<ExportParams> items = Collections.nCopies(ITEMS, FakeServers.matter());
      BatchOptions options = BatchOptions.builder().concurrency(CONCURRENCY).build();
      long start = System.nanoTime();
      BatchExportResult result = client.batchExport(items, options);
      long nanos = System.nanoTime() - start;
      double ratio = nanos / 1e9 / IDEAL_SECONDS;
      int succeeded = result.summary().succeeded();
      return new Figure(name, String.format("%s = %.2f x ideal; %d/%d succeeded", Timing.seconds(nanos), ratio,
          succeeded, ITEMS), "<= 1.2 x 20 s (24 s)", ratio <= 1.2 && succeeded == ITEMS,
          "wall clock of one batchExport; each item creates, polls (default PollPolicy), downloads and extracts"
              + " the demo 'matter' package; ideal = 100 / 5 x 1 s");
    }
  }
}
