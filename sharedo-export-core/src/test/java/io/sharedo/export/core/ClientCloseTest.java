package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobPhase;
import io.sharedo.export.JobStatus;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What {@link ShareDoExportClient#close()} promises: every call ends, jobs are cancelled, nothing is left. */
class ClientCloseTest extends FakeServerTest {

  /** These tests check that jobs are cancelled on the server: that needs the cancel extension. */
  @Override
  protected FakeShareDoServerBuilder configure(FakeShareDoServerBuilder builder) {
    return builder.extensions(Extension.CANCEL);
  }

  @Test
  void closeCompletesEveryPendingFutureWithCancelled() throws Exception {
    server.inject(Fault.jobNeverFinishes());
    ExportJob monitored = client.createJob(matter("uat"));
    CompletableFuture<JobStatus> monitor = client.monitorJobAsync(monitored, Duration.ofMinutes(5));
    CompletableFuture<ExportResult> export = client.exportAsync(matter("vnext"));
    CompletableFuture<BatchExportResult> batch = client.batchExportAsync(
        List.of(ExportParams.of(ExportType.WORKTYPE, "matter", "uat")), BatchOptions.defaults());
    awaitServerJobs(3);

    client.close();

    for (CompletableFuture<?> future : List.of(monitor, export, batch)) {
      assertThat(future).isDone();
      Throwable error = catchThrowable(future::get);
      assertThat(error).isInstanceOf(ExecutionException.class);
      assertThat(error.getCause()).isInstanceOf(ExportCancelledException.class)
          .hasMessageContaining("the client was closed");
    }
  }

  @Test
  void closeCancelsTheJobsOfTheCallsItEnds() throws Exception {
    server.inject(Fault.jobNeverFinishes());
    ExportJob monitored = client.createJob(matter("uat"));
    client.monitorJobAsync(monitored, Duration.ofMinutes(5));
    client.exportAsync(matter("vnext"));
    awaitServerJobs(2);

    client.close();

    assertThat(server.jobs()).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
  }

  @Test
  void aBlockingExportOnAnotherThreadEndsWithCancelledAndKeepsNoInterrupt() throws Exception {
    server.inject(Fault.jobNeverFinishes());
    AtomicReference<Throwable> outcome = new AtomicReference<>();
    AtomicBoolean interruptedAfter = new AtomicBoolean(true);
    Thread caller = new Thread(() -> {
      outcome.set(catchThrowable(() -> client.export(matter("uat"))));
      interruptedAfter.set(Thread.currentThread().isInterrupted());
    }, "test-caller");
    caller.start();
    awaitServerJobs(1);

    client.close();
    caller.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(caller.isAlive()).as("the blocking call returned").isFalse();
    assertThat(outcome.get()).isInstanceOf(ExportCancelledException.class)
        .hasMessageContaining("the client was closed");
    assertThat(interruptedAfter.get()).as("the caller's thread keeps no interrupt of ours").isFalse();
    assertThat(server.jobs()).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
  }

  @Test
  void everyCallAfterCloseThrowsIllegalState() {
    ExportJob job = client.createJob(matter("uat"));
    RecoveredJob recovered = new RecoveredJob(job, JobPhase.MONITORING, Instant.now());
    client.close();

    List<Executable> calls = List.of(
        () -> client.createJob(matter("uat")),
        () -> client.createBatchJobs(List.of(matter("uat"))),
        () -> client.getJobStatus(job),
        () -> client.monitorJob(job, Duration.ofSeconds(1)),
        () -> client.monitorJobAsync(job, Duration.ofSeconds(1)),
        () -> client.downloadPackage(job, out.resolve("p.zip")),
        () -> client.cancelJob(job),
        () -> client.retryFailedJob(job),
        () -> client.recoverInterruptedJobs(),
        () -> client.export(matter("uat")),
        () -> client.export(matter("uat"), out.resolve("p.zip")),
        () -> client.exportAsync(matter("uat")),
        () -> client.exportWorkType("matter", "uat"),
        () -> client.resume(recovered),
        () -> client.resume(recovered, out.resolve("p.zip")),
        () -> client.compareExports(ExportType.WORKTYPE, "matter", "uat", "vnext"),
        () -> client.comparePackages(out.resolve("a.zip"), out.resolve("b.zip"),
            io.sharedo.export.component.CompareOptions.defaults()),
        () -> client.batchExport(List.of(matter("uat")), BatchOptions.defaults()),
        () -> client.batchExportAsync(List.of(matter("uat")), BatchOptions.defaults()));

    for (Executable call : calls) {
      assertThrows(IllegalStateException.class, call);
    }
    assertThat(server.jobs()).hasSize(1);
  }

  @Test
  void closeLeavesNoThreadOfOurs() throws Exception {
    server.inject(Fault.jobNeverFinishes());
    client.exportAsync(matter("uat"));
    client.batchExportAsync(List.of(matter("vnext")), BatchOptions.defaults());
    awaitServerJobs(2);

    client.close();

    assertThat(waitForClientThreadsToEnd()).isEmpty();
  }

  @Test
  void closeStopsTheJdkHttpClientsSelectorThreads() throws Exception {
    Set<Thread> before = selectorThreads();
    ShareDoExportClient own = clientBuilder().build();
    own.export(matter("uat"), out.resolve("matter.zip"));
    Set<Thread> ours = selectorThreads();
    ours.removeAll(before);
    assertThat(ours).as("one selector thread per environment").hasSize(2);

    own.close();

    for (Thread selector : ours) {
      selector.join(TimeUnit.SECONDS.toMillis(10));
      assertThat(selector.isAlive()).as(selector.getName() + " still running after close()").isFalse();
    }
  }

  @Test
  void closeCancelsTheJobsOfMonitorsOnTheCallersExecutor() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    CountDownLatch busy = new CountDownLatch(1);
    try {
      ShareDoExportClient own = clientBuilder().executor(pool).build();
      server.inject(Fault.jobNeverFinishes());
      ExportJob monitored = own.createJob(matter("uat"));
      own.monitorJobAsync(monitored, Duration.ofMinutes(5));
      pool.execute(() -> awaitQuietly(busy));

      own.close();
      busy.countDown();

      // The cancellation was queued behind the busy task, so it runs after close() returned.
      for (int i = 0; i < 500 && server.jobs().get(0).state() != JobView.State.CANCELLED; i++) {
        Thread.sleep(10);
      }
      assertThat(server.jobs()).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("the caller's pool finished its tasks").isTrue();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Set<Thread> selectorThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().matches("HttpClient-\\d+-SelectorManager"))
        .collect(Collectors.toCollection(HashSet::new));
  }

  @Test
  void closeEndsWhenTheServerIsGone() throws Exception {
    server.inject(Fault.jobNeverFinishes());
    CompletableFuture<ExportResult> export = client.exportAsync(matter("uat"));
    awaitServerJobs(1);
    server.close();

    Thread closer = new Thread(client::close, "test-closer");
    closer.start();
    closer.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(closer.isAlive()).as("close() returned though no server answers the cancellation").isFalse();
    assertThat(export).isCompletedExceptionally();
  }

  @Test
  void closeIsIdempotent() {
    client.close();
    client.close();

    assertThrows(IllegalStateException.class, () -> client.export(matter("uat")));
  }

  /** Waits until the client has seen {@code count} jobs created (a job still being created has no id yet). */
  private void awaitServerJobs(int count) throws InterruptedException {
    for (int i = 0; i < 2_000 && listener.names().stream().filter("jobCreated"::equals).count() < count; i++) {
      Thread.sleep(5);
    }
    assertThat(server.jobs()).hasSize(count);
  }
}
