package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportResult;
import io.sharedo.export.JobPhase;
import io.sharedo.export.JobStatus;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Step-by-step operations, cancellation, single-flight auth, async monitoring, journal, batch and compare. */
class JobLifecycleTest extends FakeServerTest {

  private JobView serverJob(ExportJob job) {
    return server.job(job.jobId()).orElseThrow();
  }

  @Test
  void createMonitorAndDownloadStepByStep() throws Exception {
    ExportJob job = client.createJob(matter("uat"));
    JobStatus status = client.monitorJob(job, Duration.ofSeconds(10));
    Path destination = out.resolve("step.zip");

    assertThat(status.isFinished()).isTrue();
    assertThat(client.downloadPackage(job, destination).size()).isEqualTo(Files.size(destination));
    assertThat(serverJob(job).idempotencyKey()).isEqualTo(job.idempotencyKey());
  }

  @Test
  void cancelJobSendsDelete() {
    restartServer(b -> b.extensions(Extension.CANCEL));
    server.injectForNextJob(Fault.jobNeverFinishes());
    ExportJob job = client.createJob(matter("uat"));

    CancelResult result = client.cancelJob(job);

    assertThat(result.serverAcknowledged()).isTrue();
    assertThat(serverJob(job).state()).isEqualTo(JobView.State.CANCELLED);
  }

  @Test
  void cancellingTheMonitorFutureCancelsTheJobOnTheServer() throws Exception {
    restartServer(b -> b.extensions(Extension.CANCEL));
    server.injectForNextJob(Fault.jobNeverFinishes());
    ExportJob job = client.createJob(matter("uat"));
    CompletableFuture<JobStatus> future = client.monitorJobAsync(job, Duration.ofSeconds(30));

    future.cancel(true);

    assertThrows(CancellationException.class, future::join);
    for (int i = 0; i < 200 && serverJob(job).state() != JobView.State.CANCELLED; i++) {
      Thread.sleep(10);
    }
    assertThat(serverJob(job).state()).isEqualTo(JobView.State.CANCELLED);
  }

  @Test
  void interruptingTheWaitingThreadCancelsWithExport009() throws Exception {
    restartServer(b -> b.extensions(Extension.CANCEL));
    server.injectForNextJob(Fault.jobNeverFinishes());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    CountDownLatch created = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        ExportJob job = client.createJob(matter("uat"));
        created.countDown();
        client.monitorJob(job, Duration.ofSeconds(30));
      } catch (Throwable t) {
        thrown.set(t);
      }
    });
    waiter.start();
    assertThat(created.await(5, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(50);

    waiter.interrupt();
    waiter.join(5_000);

    assertThat(thrown.get()).isInstanceOf(ExportCancelledException.class);
    ExportCancelledException cancelled = (ExportCancelledException) thrown.get();
    assertThat(cancelled.code()).isEqualTo(ExportErrorCode.CANCELLED);
    assertThat(cancelled.serverNotified()).isTrue();
    assertThat(server.jobs().get(0).state()).isEqualTo(JobView.State.CANCELLED);
  }

  @Test
  void hundredConcurrentCallsFetchOneToken() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Future<ExportJob>> jobs = new ArrayList<>();
      CountDownLatch go = new CountDownLatch(1);
      for (int i = 0; i < 100; i++) {
        jobs.add(pool.submit(() -> {
          go.await();
          return client.createJob(matter("uat"));
        }));
      }
      go.countDown();
      for (Future<ExportJob> job : jobs) {
        assertThat(job.get(10, TimeUnit.SECONDS).jobId()).isNotBlank();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.requestCount(Endpoint.TOKEN)).isEqualTo(1);
  }

  @Test
  void refetchesTheTokenAfterRevocation() {
    client.createJob(matter("uat"));
    server.revokeTokens();

    client.createJob(matter("uat"));

    assertThat(server.requestCount(Endpoint.TOKEN)).isEqualTo(2);
  }

  @Test
  void manyAsyncMonitorsShareTheSchedulerWithoutAThreadPerJob() throws Exception {
    // Earlier tests' JDK clients keep their selector threads until they are collected.
    Set<Thread> earlier = Set.copyOf(Thread.getAllStackTraces().keySet());
    List<CompletableFuture<JobStatus>> futures = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      futures.add(client.monitorJobAsync(client.createJob(matter("uat")), Duration.ofSeconds(20)));
    }
    long clientThreads = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !earlier.contains(t))
        .filter(t -> t.getName().startsWith("sharedo-export-") || t.getName().startsWith("HttpClient")).count();

    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);

    // The scheduler, four workers, two HTTP task threads and one selector per environment at most.
    assertThat(clientThreads).isLessThanOrEqualTo(1 + 4 + 2 + 2);
    assertThat(futures).allSatisfy(f -> assertThat(f.join().isFinished()).isTrue());
  }

  @Test
  void exportAsyncCompletesOffTheCallersThread() throws Exception {
    ExportResult result = client.exportAsync(matter("vnext")).get(20, TimeUnit.SECONDS);

    assertThat(result.content().allComponents()).isNotEmpty();
  }

  @Test
  void cancellingExportAsyncCancelsTheJob() throws Exception {
    restartServer(b -> b.extensions(Extension.CANCEL));
    server.injectForNextJob(Fault.jobNeverFinishes());
    CompletableFuture<ExportResult> future = client.exportAsync(matter("uat"));
    // Wait until the client polls the job: cancelling while the create request is still under way is
    // another case (the real-format demo package makes that answer slow enough to hit it).
    for (int i = 0; i < 500 && !listener.names().contains("progress"); i++) {
      Thread.sleep(10);
    }

    future.cancel(true);

    // A generous wait, not a timing assertion: on a loaded machine the cancel request can take a while.
    for (int i = 0; i < 1000 && server.jobs().get(0).state() != JobView.State.CANCELLED; i++) {
      Thread.sleep(10);
    }
    assertThat(server.jobs().get(0).state()).isEqualTo(JobView.State.CANCELLED);
    // However late a poll answers, nothing of the call reaches the listener after its terminal event.
    assertThat(listener.names()).endsWith("failed").containsOnlyOnce("failed");
  }

  @Test
  void anExportOnTheCallersExecutorEndsWhenTheClientIsClosedUnderIt() throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(2);
    try {
      client.close();
      client = clientBuilder().executor(callers).build();
      server.injectForNextJob(Fault.throttleBody(2_000));
      CompletableFuture<ExportResult> export = client.exportAsync(matter("uat"));
      while (listener.events().stream().noneMatch(e -> e.startsWith("downloadStarted"))) {
        Thread.sleep(5);
      }

      client.close();

      // The JDK client never completes an exchange whose executor refused a task: this hung before.
      Throwable outcome = catchThrowable(() -> export.get(20, TimeUnit.SECONDS));
      assertThat(outcome instanceof java.util.concurrent.TimeoutException)
          .as("the export ends instead of hanging: %s", outcome).isFalse();
    } finally {
      callers.shutdownNow();
      callers.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void journalLetsARestartedClientResumeAJob() throws Exception {
    Path journal = work.resolve("journal");
    client.close();
    client = clientBuilder().journalDirectory(journal).build();
    ExportJob job = client.createJob(matter("uat"));
    client.close();

    client = clientBuilder().journalDirectory(journal).build();
    List<RecoveredJob> recovered = client.recoverInterruptedJobs();
    assertThat(recovered).singleElement().satisfies(r -> {
      assertThat(r.job().jobId()).isEqualTo(job.jobId());
      assertThat(r.phase()).isEqualTo(JobPhase.MONITORING);
      assertThat(r.job().params()).isEqualTo(job.params());
    });
    String journalText = Files.readString(leftovers(journal).get(0));
    assertThat(journalText).doesNotContain(server.clientSecret());

    ExportResult result = client.resume(recovered.get(0));

    assertThat(result.job().jobId()).isEqualTo(job.jobId());
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(1);
    assertThat(client.recoverInterruptedJobs()).isEmpty();
  }

  @Test
  void resumedJobCanKeepItsVerifiedPackage() {
    Path journal = work.resolve("journal");
    client.close();
    client = clientBuilder().journalDirectory(journal).build();
    ExportJob job = client.createJob(matter("uat"));
    client.close();
    client = clientBuilder().journalDirectory(journal).build();
    Path destination = out.resolve("resumed.zip");

    ExportResult result = client.resume(client.recoverInterruptedJobs().get(0), destination);

    assertThat(result.job().jobId()).isEqualTo(job.jobId());
    assertThat(result.download().path()).isEqualTo(destination);
    assertThat(destination).exists();
    assertThat(result.download().sha256())
        .isEqualTo(server.job(job.jobId()).orElseThrow().packageSha256());
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(1);
  }

  @Test
  void retryFailedJobResubmitsTheOriginalParameters() {
    server.injectForNextJob(Fault.jobFails("boom"));
    ExportJob failed = client.createJob(matter("uat"));

    ExportJob retried = client.retryFailedJob(failed);

    assertThat(retried.params()).isEqualTo(failed.params());
    assertThat(retried.jobId()).isNotEqualTo(failed.jobId());
    assertThat(retried.idempotencyKey()).isNotEqualTo(failed.idempotencyKey());
  }

  @Test
  void batchExportRunsEveryItem() {
    BatchExportResult result = client.batchExport(List.of(matter("uat"), matter("vnext"), matter("uat")),
        BatchOptions.builder().concurrency(2).build());

    assertThat(result.failures()).isEmpty();
    assertThat(result.outcomes()).hasSize(3);
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(3);
  }

  @Test
  void compareExportsAsksBothEnvironmentsAfresh() {
    ComparisonResult first = client.compareExports(io.sharedo.export.ExportType.WORKTYPE, "matter", "uat", "vnext");
    client.compareExports(io.sharedo.export.ExportType.WORKTYPE, "matter", "uat", "vnext", CompareOptions.defaults());

    assertThat(first).isNotNull();
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(4);
  }

  @Test
  void comparePackagesNeedsNoEnvironment() {
    Path left = out.resolve("left.zip");
    Path right = out.resolve("right.zip");
    client.export(matter("uat"), left);
    client.export(matter("vnext"), right);

    try (ShareDoExportClient offline = ShareDoExportClient.builder().tempDirectory(temp).build()) {
      ComparisonResult result = offline.comparePackages(left, right, CompareOptions.defaults());
      assertThat(result).isNotNull();
    }
  }
}
