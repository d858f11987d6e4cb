package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.JobView;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** A batch naming the same item twice runs, and reports, each of its items on its own. */
class BatchWithRepeatedItemsTest {

  @Test
  void cancelledBatchReportsEachRepeatedItemOnceByItsIndex() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMinutes(5))
        .extensions(Extension.CANCEL).start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", Environment.builder(server.baseUrl("uat"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret()).build())
            .build()) {
      ExportParams matter = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
      List<ExportParams> items = List.of(matter, ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
          ExportParams.of(ExportType.WORKTYPE, "dispute", "uat"));
      List<BatchItemOutcome> outcomes = new CopyOnWriteArrayList<>();
      List<Integer> finishedCounts = new CopyOnWriteArrayList<>();
      ExportListener listener = new ExportListener() {
        @Override
        public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
          outcomes.add(outcome);
          finishedCounts.add(finished);
        }
      };
      CompletableFuture<BatchExportResult> batch = client.batchExportAsync(items,
          BatchOptions.builder().concurrency(2).build(), listener);
      waitFor(() -> server.jobs().size() == 2 && server.jobs().stream().allMatch(j -> j.progressRequests() > 0));

      batch.cancel(true);
      waitFor(() -> outcomes.size() == 3);

      assertThat(outcomes).extracting(BatchItemOutcome::index).containsExactlyInAnyOrder(0, 1, 2);
      assertThat(finishedCounts).containsExactly(1, 2, 3);
      assertThat(outcomes).allSatisfy(o -> assertThat(o.error().code()).isEqualTo(ExportErrorCode.CANCELLED));
      // Both copies of matter ran, each its own job; dispute never began.
      assertThat(server.jobs()).hasSize(2);
      waitFor(() -> server.jobs().stream().allMatch(j -> j.state() == JobView.State.CANCELLED));
      assertThat(server.jobs()).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
    }
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
