package io.sharedo.export.core.internal.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.internal.RequestThrottle;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final RecordingListener listener = new RecordingListener();
  private final BatchRunner runner = new BatchRunner(listener);
  private final FakeExporter exporter = new FakeExporter();
  private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);

  @AfterEach
  void stopScheduler() throws InterruptedException {
    scheduler.shutdownNow();
    assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
  }

  private static List<ExportParams> items(String... systemNames) {
    return itemsIn("uat", systemNames);
  }

  private static List<ExportParams> itemsIn(String environment, String... systemNames) {
    return Arrays.stream(systemNames).map(n -> ExportParams.of(ExportType.WORKTYPE, n, environment)).toList();
  }

  private static BatchOptions concurrency(int n) {
    return BatchOptions.builder().concurrency(n).build();
  }

  private static BatchExportResult await(CompletableFuture<BatchExportResult> batch) throws Exception {
    return batch.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Test
  void returnsOutcomesInInputOrderWhateverOrderTheyFinishIn() throws Exception {
    List<ExportParams> items = items("a", "b", "c", "d");
    CompletableFuture<BatchExportResult> batch = runner.run(items, concurrency(4), exporter);

    for (int i = items.size() - 1; i >= 0; i--) {
      exporter.succeed(items.get(i).systemName(), items.get(i));
    }
    BatchExportResult result = await(batch);

    assertThat(listener.finishedNames()).containsExactly("d", "c", "b", "a");
    assertThat(result.outcomes()).extracting(BatchItemOutcome::params).containsExactlyElementsOf(items);
    assertThat(result.outcomes()).allMatch(BatchItemOutcome::succeeded);
    assertThat(result.outcomes().get(2).result().params()).isEqualTo(items.get(2));
    assertThat(result.summary().total()).isEqualTo(4);
    assertThat(result.summary().succeeded()).isEqualTo(4);
  }

  @Test
  void startsTheNextItemOnlyWhenOneEnds() {
    List<ExportParams> items = items("a", "b", "c", "d");
    runner.run(items, concurrency(2), exporter);

    assertThat(exporter.started).containsExactly("a", "b");
    exporter.succeed("b", items.get(1));
    assertThat(exporter.started).containsExactly("a", "b", "c");
    exporter.fail("a", new ExportException(ExportErrorCode.JOB_FAILED, "boom"));
    assertThat(exporter.started).containsExactly("a", "b", "c", "d");
  }

  @Test
  void neverHasMoreExportsOutstandingThanTheConcurrency() throws Exception {
    FakeExporter finishesLater = new FakeExporter() {
      @Override
      void onStart(ExportParams params, CompletableFuture<ExportResult> future) {
        scheduler.schedule(() -> future.complete(resultFor(params)),
            ThreadLocalRandom.current().nextInt(1, 6), TimeUnit.MILLISECONDS);
      }
    };
    List<ExportParams> items = items(IntStream.range(0, 40).mapToObj(i -> "item-" + i).toArray(String[]::new));

    BatchExportResult result = await(runner.run(items, concurrency(3), finishesLater));

    assertThat(finishesLater.maxInFlight.get()).isLessThanOrEqualTo(3);
    assertThat(finishesLater.started).hasSize(40);
    assertThat(result.summary().succeeded()).isEqualTo(40);
    assertThat(result.outcomes()).extracting(BatchItemOutcome::index)
        .containsExactlyElementsOf(IntStream.range(0, 40).boxed().toList());
  }

  @Test
  void oneFailureDoesNotStopTheOthers() throws Exception {
    List<ExportParams> items = items("a", "b", "c");
    CompletableFuture<BatchExportResult> batch = runner.run(items, concurrency(1), exporter);
    ExportException refused = new ExportException(ExportErrorCode.JOB_CREATION_FAILED, "unknown work type");

    exporter.fail("a", refused);
    exporter.succeed("b", items.get(1));
    exporter.succeed("c", items.get(2));
    BatchExportResult result = await(batch);

    assertThat(result.outcomes().get(0).error()).isSameAs(refused);
    assertThat(result.failures()).hasSize(1);
    assertThat(result.summary().succeeded()).isEqualTo(2);
    assertThat(result.summary().failed()).isEqualTo(1);
  }

  @Test
  void failFastCancelsTheRunningItemsAndStartsNoOthers() throws Exception {
    List<ExportParams> items = items("a", "b", "c", "d");
    BatchOptions failFast = BatchOptions.builder().concurrency(2).failFast(true).build();
    CompletableFuture<BatchExportResult> batch = runner.run(items, failFast, exporter);

    exporter.fail("a", new ExportException(ExportErrorCode.AUTHENTICATION_FAILED, "token refused"));
    BatchExportResult result = await(batch);

    assertThat(exporter.started).containsExactly("a", "b");
    assertThat(exporter.futures.get("b")).isCancelled();
    assertThat(result.outcomes().get(0).error().code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(result.outcomes().subList(1, 4)).allSatisfy(outcome -> {
      assertThat(outcome.error()).isInstanceOf(ExportCancelledException.class);
      assertThat(outcome.error().code()).isEqualTo(ExportErrorCode.CANCELLED);
      assertThat(outcome.error().getMessage()).contains("fail-fast");
    });
    assertThat(result.summary().failed()).isEqualTo(4);
  }

  @Test
  void withoutFailFastEveryItemRunsDespiteFailures() throws Exception {
    List<ExportParams> items = items("a", "b", "c");
    CompletableFuture<BatchExportResult> batch = runner.run(items, concurrency(1), exporter);

    exporter.fail("a", new ExportException(ExportErrorCode.JOB_FAILED, "boom"));
    exporter.fail("b", new ExportException(ExportErrorCode.JOB_FAILED, "boom"));
    exporter.succeed("c", items.get(2));

    assertThat(await(batch).summary().succeeded()).isEqualTo(1);
    assertThat(exporter.started).containsExactly("a", "b", "c");
  }

  @Test
  void cancellingTheBatchCancelsRunningItemsAndMarksTheRest() {
    List<ExportParams> items = items("a", "b", "c", "d");
    CompletableFuture<BatchExportResult> batch = runner.run(items, concurrency(2), exporter);
    exporter.succeed("a", items.get(0));

    assertThat(batch.cancel(true)).isTrue();

    assertThat(batch).isCancelled();
    assertThatThrownBy(batch::join).isInstanceOf(CancellationException.class);
    assertThat(exporter.futures.get("b")).isCancelled();
    assertThat(exporter.futures.get("c")).isCancelled();
    assertThat(exporter.started).containsExactly("a", "b", "c");
    assertThat(listener.events).hasSize(4);
    assertThat(listener.events.get(0).outcome().succeeded()).isTrue();
    assertThat(listener.events.subList(1, 4)).allSatisfy(event -> {
      assertThat(event.outcome().error()).isInstanceOf(ExportCancelledException.class);
      assertThat(event.outcome().error().getMessage()).contains("the batch was cancelled");
    });
  }

  @Test
  void reportsEachItemWithARunningCountAndTheTotal() throws Exception {
    List<ExportParams> items = items("a", "b", "c");
    CompletableFuture<BatchExportResult> batch = runner.run(items, concurrency(3), exporter);

    exporter.succeed("b", items.get(1));
    exporter.fail("c", new ExportException(ExportErrorCode.JOB_FAILED, "boom"));
    exporter.succeed("a", items.get(0));
    await(batch);

    assertThat(listener.events).extracting(e -> e.outcome().index(), RecordingListener.ItemFinished::finished,
        RecordingListener.ItemFinished::total)
        .containsExactly(
            tuple(1, 1, 3),
            tuple(2, 2, 3),
            tuple(0, 3, 3));
    assertThat(listener.events.get(1).outcome().succeeded()).isFalse();
  }

  @Test
  void aThrowingListenerNeitherBreaksNorStallsTheBatch() throws Exception {
    ExportListener throwing = new ExportListener() {
      @Override
      public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
        throw new IllegalStateException("listener bug");
      }
    };
    List<ExportParams> items = items("a", "b", "c");
    CompletableFuture<BatchExportResult> batch = new BatchRunner(throwing).run(items, concurrency(1), exporter);

    exporter.succeed("a", items.get(0));
    exporter.succeed("b", items.get(1));
    exporter.succeed("c", items.get(2));

    assertThat(await(batch).summary().succeeded()).isEqualTo(3);
  }

  @Test
  void wrapsOtherFailuresWithACodeAndKeepsTheCause() throws Exception {
    List<ExportParams> items = items("io", "bug", "sync", "null");
    BatchExporter mixed = (params, destination, throttle, deadline) -> switch (params.systemName()) {
      case "io" -> CompletableFuture.failedFuture(new ConnectException("connection refused"));
      case "bug" -> CompletableFuture.supplyAsync(() -> {
        throw new IllegalStateException("bug");
      });
      case "sync" -> throw new IllegalArgumentException("thrown, not returned");
      default -> null;
    };

    BatchExportResult result = await(runner.run(items, concurrency(2), mixed));

    ExportException io = result.outcomes().get(0).error();
    assertThat(io.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(io.getCause()).isInstanceOf(IOException.class);
    assertThat(io.details()).containsEntry("environment", "uat").containsEntry("systemName", "io");
    ExportException bug = result.outcomes().get(1).error();
    assertThat(bug.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(bug.isRecoverable()).isFalse();
    assertThat(bug.getCause()).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    assertThat(result.outcomes().get(2).error().getCause()).hasMessage("thrown, not returned");
    assertThat(result.outcomes().get(3).error().getCause()).hasMessageContaining("no future");
    assertThat(result.summary().failed()).isEqualTo(4);
  }

  @Test
  void passesEachItemTheBatchItemTimeout() {
    BatchOptions options = BatchOptions.builder().itemTimeout(Duration.ofSeconds(42)).build();
    runner.run(items("a"), options, exporter);

    assertThat(exporter.deadlines.get("a")).isEqualTo(Duration.ofSeconds(42));
  }

  @Test
  void withoutARateLimitItemsGetTheNoOpThrottle() {
    runner.run(items("a", "b"), BatchOptions.defaults(), exporter);

    assertThat(exporter.throttles.values()).containsOnly(RequestThrottle.NONE);
  }

  @Test
  void itemsOfOneServerShareOneRateLimitedThrottle() throws Exception {
    List<ExportParams> items = new ArrayList<>(itemsIn("uat", "u1", "u2", "u3"));
    items.addAll(itemsIn("prod", "p1", "p2"));
    // One request per 1000 s: after one permit the next is not free for as long as any test runs.
    runner.run(items, BatchOptions.builder().concurrency(5).requestsPerSecondPerServer(0.001).build(), exporter);

    var throttles = exporter.throttles;
    assertThat(throttles.get("u1")).isNotSameAs(RequestThrottle.NONE)
        .isSameAs(throttles.get("u2")).isSameAs(throttles.get("u3"));
    assertThat(throttles.get("p1")).isSameAs(throttles.get("p2")).isNotSameAs(throttles.get("u1"));

    // A permit taken by one uat item uses up the rate of every uat item, and of no prod item.
    assertThat(throttles.get("u1")).isInstanceOf(ServerThrottles.RateLimitedThrottle.class);
    var uat = (ServerThrottles.RateLimitedThrottle) throttles.get("u1");
    var prod = (ServerThrottles.RateLimitedThrottle) throttles.get("p1");
    assertThat(uat.tryAcquireNow()).as("the first uat permit").isTrue();
    assertThat(((ServerThrottles.RateLimitedThrottle) throttles.get("u3")).tryAcquireNow())
        .as("another uat item's permit, right after").isFalse();
    assertThat(prod.tryAcquireNow()).as("a prod item's permit").isTrue();
    assertThat(((ServerThrottles.RateLimitedThrottle) throttles.get("p2")).tryAcquireNow()).isFalse();
  }

  @Test
  void measuresEachItemAndTheWholeBatchWithTheClock() throws Exception {
    AtomicLong clock = new AtomicLong();
    List<ExportParams> items = items("a", "b");
    CompletableFuture<BatchExportResult> batch = new BatchRunner(listener, clock::get)
        .run(items, concurrency(1), exporter);

    clock.addAndGet(Duration.ofSeconds(3).toNanos());
    exporter.succeed("a", items.get(0));
    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    exporter.succeed("b", items.get(1));
    BatchExportResult result = await(batch);

    assertThat(result.outcomes()).extracting(BatchItemOutcome::duration)
        .containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(2));
    assertThat(result.summary().duration()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void manyInstantExportsDoNotOverflowTheStack() throws Exception {
    List<ExportParams> items = items(IntStream.range(0, 20_000).mapToObj(i -> "i" + i).toArray(String[]::new));
    BatchExporter instant = (params, destination, throttle, deadline) -> CompletableFuture.completedFuture(
        FakeExporter.resultFor(params));

    BatchExportResult result = await(new BatchRunner(ExportListener.NONE).run(items, concurrency(1), instant));

    assertThat(result.summary().succeeded()).isEqualTo(20_000);
  }

  @Test
  void anEmptyBatchCompletesAtOnce() throws Exception {
    BatchExportResult result = await(runner.run(List.of(), BatchOptions.defaults(), exporter));

    assertThat(result.outcomes()).isEmpty();
    assertThat(result.summary().total()).isZero();
  }

  @Test
  void finishesItemsCompletedConcurrentlyFromManyThreads() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      FakeExporter racing = new FakeExporter() {
        @Override
        void onStart(ExportParams params, CompletableFuture<ExportResult> future) {
          pool.execute(() -> future.complete(resultFor(params)));
        }
      };
      List<ExportParams> items = items(IntStream.range(0, 500).mapToObj(i -> "r" + i).toArray(String[]::new));

      BatchExportResult result = await(runner.run(items, concurrency(8), racing));

      assertThat(result.summary().succeeded()).isEqualTo(500);
      assertThat(racing.maxInFlight.get()).isLessThanOrEqualTo(8);
      assertThat(listener.events).extracting(RecordingListener.ItemFinished::finished)
          .containsExactlyElementsOf(IntStream.rangeClosed(1, 500).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsMissingArgumentsNamingThem() {
    List<ExportParams> withNull = new ArrayList<>(items("a"));
    withNull.add(null);
    assertThatThrownBy(() -> new BatchRunner(null)).hasMessage("listener cannot be null");
    assertThatThrownBy(() -> runner.run(null, BatchOptions.defaults(), exporter)).hasMessage("items cannot be null");
    assertThatThrownBy(() -> runner.run(withNull, BatchOptions.defaults(), exporter))
        .hasMessage("items[1] cannot be null");
    assertThatThrownBy(() -> runner.run(items("a"), null, exporter)).hasMessage("options cannot be null");
    assertThatThrownBy(() -> runner.run(items("a"), BatchOptions.defaults(), null))
        .hasMessage("exporter cannot be null");
  }
}
