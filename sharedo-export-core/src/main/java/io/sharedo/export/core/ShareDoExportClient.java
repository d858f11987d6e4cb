package io.sharedo.export.core;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchExportService;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.CancelResult;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportJobManager;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportService;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobStatus;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.compare.ExportComparator;
import io.sharedo.export.core.internal.Futures;
import io.sharedo.export.core.internal.InFlightCalls;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.batch.BatchRunner;
import io.sharedo.export.core.internal.compare.ComparisonSide;
import io.sharedo.export.core.internal.job.CallScopes;
import io.sharedo.export.core.internal.job.DestinationCheck;
import io.sharedo.export.core.internal.job.ExportTrip;
import io.sharedo.export.core.internal.job.JobRunner;
import io.sharedo.export.core.internal.journal.JobJournal;
import io.sharedo.export.core.pkg.PackageReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The ShareDo export client: registered environments, the step-by-step job operations
 * ({@link ExportJobManager}), whole exports ({@link ExportService}) and batches
 * ({@link BatchExportService}). Build one with {@link #builder()}, share it, and
 * {@linkplain #close() close} it when done.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#ShareDoExportClient -->
 * <pre>{@code
 * try (ShareDoExportClient client = ShareDoExportClient.builder()
 *     .environment("clientA-vnext", Environment.builder(URI.create("https://vnext.example.com"))
 *         .clientCredentials(URI.create("https://identity.example.com"), "exporter", secret)
 *         .build())
 *     .build()) {
 *   ExportResult result = client.exportWorkType("matter", "clientA-vnext");
 * }
 * }</pre>
 *
 * <p>Thread-safe. Blocking methods run on the caller's thread; asynchronous monitoring shares one
 * small scheduler ({@code sharedo-export-scheduler-N}), downloads of asynchronous exports run on the
 * caller's executor or an internal one ({@code sharedo-export-worker-N}), and the JDK HTTP clients run
 * their tasks on two {@code sharedo-export-http-N} threads. Every export asks the server
 * afresh: nothing is cached but tokens.
 */
public final class ShareDoExportClient implements ExportJobManager, ExportService, BatchExportService, AutoCloseable {
  private final ClientSettings settings;
  private final ClientThreads threads;
  private final JobRunner runner;
  private final ExportTrip trip;
  private final PackageReader reader;
  private final @Nullable JobJournal journal;
  private final BatchRunner batches;
  private final InFlightCalls calls = new InFlightCalls();

  ShareDoExportClient(ClientSettings settings) {
    this.settings = settings;
    this.threads = new ClientThreads(settings.executor());
    this.reader = PackageReader.create(settings.packageLimits());
    this.journal = settings.journalDirectory() == null ? null : new JobJournal(settings.journalDirectory());
    CallScopes scopes = new CallScopes(settings.listener());
    this.runner = new JobRunner(ClientWiring.jobApis(settings, threads, scopes.retryListener()),
        settings.pollPolicy(), journal, threads.scheduler(), threads.worker(), settings.requestTimeout(),
        settings.packageLimits().maxPackageBytes());
    this.trip = new ExportTrip(runner, reader, settings.listener(), scopes, settings.tempDirectory());
    this.batches = new BatchRunner(settings.listener());
  }

  /**
   * A new builder.
   *
   * @return a builder with default settings and no environments
   */
  public static ShareDoExportClientBuilder builder() {
    return new ShareDoExportClientBuilder();
  }

  /**
   * The registered environment names; answers after {@link #close()} too.
   *
   * @return the names, in registration order
   */
  public List<String> environments() {
    return List.copyOf(settings.environments().keySet());
  }

  @Override
  public ExportJob createJob(ExportParams params) {
    Args.notNull(params, "params");
    return calls.blocking(() -> runner.create(params, RequestThrottle.NONE, trip.listenerFor(ExportListener.NONE),
        null));
  }

  @Override
  public List<ExportJob> createBatchJobs(List<ExportParams> params) {
    Args.notNull(params, "params");
    return calls.blocking(() -> {
      List<ExportJob> jobs = new ArrayList<>();
      for (ExportParams p : params) {
        jobs.add(runner.create(Args.notNull(p, "params[]"), RequestThrottle.NONE,
            trip.listenerFor(ExportListener.NONE), null));
      }
      return jobs;
    });
  }

  @Override
  public JobStatus getJobStatus(ExportJob job) {
    Args.notNull(job, "job");
    return calls.blocking(() -> runner.status(job));
  }

  @Override
  public JobStatus monitorJob(ExportJob job, Duration deadline) {
    Args.notNull(job, "job");
    Args.positive(deadline, "deadline");
    return calls.blocking(() -> runner.monitor(job, deadline, RequestThrottle.NONE,
        trip.listenerFor(ExportListener.NONE)));
  }

  @Override
  public CompletableFuture<JobStatus> monitorJobAsync(ExportJob job, Duration deadline) {
    Args.notNull(job, "job");
    Args.positive(deadline, "deadline");
    return calls.track(() -> runner.monitorAsync(job, deadline, RequestThrottle.NONE,
        trip.listenerFor(ExportListener.NONE)));
  }

  @Override
  public DownloadResult downloadPackage(ExportJob job, Path destination) {
    Args.notNull(job, "job");
    Args.notNull(destination, "destination");
    runner.api(job.environment());
    return calls.blocking(() -> {
      DestinationCheck.writable(destination);
      JobStatus status = runner.status(job);
      if (!status.isFinished() || !status.packageAvailable()) {
        throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
            "job " + job.jobId() + " has not finished (" + status.percentage() + "%); monitor it before downloading",
            Map.of("jobId", job.jobId()), null);
      }
      return runner.download(job, status, destination, RequestThrottle.NONE, reader::validate,
          trip.listenerFor(ExportListener.NONE));
    });
  }

  @Override
  public CancelResult cancelJob(ExportJob job) {
    Args.notNull(job, "job");
    return calls.blocking(() -> runner.cancel(job));
  }

  @Override
  public ExportJob retryFailedJob(ExportJob failed) {
    Args.notNull(failed, "failed");
    if (failed.isReference()) {
      throw new IllegalArgumentException("job " + failed.jobId() + " is a reference without parameters; create a "
          + "new job with createJob(ExportParams)");
    }
    return createJob(Objects.requireNonNull(failed.params(), "not a reference"));
  }

  @Override
  public List<RecoveredJob> recoverInterruptedJobs() {
    calls.checkOpen();
    return journal == null ? List.of() : journal.list();
  }

  @Override
  public ExportResult export(ExportParams params, @Nullable Path destination, ExportListener listener) {
    Args.notNull(params, "params");
    Args.notNull(listener, "listener");
    return calls.blocking(() -> trip.export(params, destination, RequestThrottle.NONE,
        settings.pollPolicy().defaultDeadline(), listener));
  }

  @Override
  public CompletableFuture<ExportResult> exportAsync(ExportParams params, @Nullable Path destination,
      ExportListener listener) {
    Args.notNull(params, "params");
    Args.notNull(listener, "listener");
    runner.api(params.environment());
    return calls.track(() -> trip.exportAsync(params, destination, RequestThrottle.NONE,
        settings.pollPolicy().defaultDeadline(), listener));
  }

  @Override
  public ExportResult resume(RecoveredJob recovered, @Nullable Path destination, ExportListener listener) {
    Args.notNull(recovered, "recovered");
    Args.notNull(listener, "listener");
    return calls.blocking(() -> trip.resume(recovered, destination, listener));
  }

  @Override
  public CompletableFuture<ExportResult> resumeAsync(RecoveredJob recovered, @Nullable Path destination,
      ExportListener listener) {
    Args.notNull(recovered, "recovered");
    Args.notNull(listener, "listener");
    runner.api(recovered.job().environment());
    return calls.track(() -> trip.resumeAsync(recovered, destination, listener));
  }

  @Override
  public ComparisonResult compareExports(ExportType type, String systemName, String leftEnvironment,
      String rightEnvironment, CompareOptions options) {
    Args.notNull(options, "options");
    ExportParams left = ExportParams.of(type, systemName, leftEnvironment);
    runner.api(leftEnvironment);
    runner.api(rightEnvironment);
    return calls.blocking(() -> Futures.await(startComparison(left, rightEnvironment, options)));
  }

  @Override
  public CompletableFuture<ComparisonResult> compareExportsAsync(ExportType type, String systemName,
      String leftEnvironment, String rightEnvironment, CompareOptions options) {
    Args.notNull(options, "options");
    ExportParams left = ExportParams.of(type, systemName, leftEnvironment);
    runner.api(leftEnvironment);
    runner.api(rightEnvironment);
    return calls.track(() -> startComparison(left, rightEnvironment, options));
  }

  @Override
  public ComparisonResult comparePackages(Path leftPackage, Path rightPackage, CompareOptions options) {
    Args.notNull(leftPackage, "leftPackage");
    Args.notNull(rightPackage, "rightPackage");
    Args.notNull(options, "options");
    return calls.blocking(() -> {
      ExportPackage left = reader.read(leftPackage, settings.tempDirectory());
      ExportPackage right = reader.read(rightPackage, settings.tempDirectory());
      return ExportComparator.create(options).compare(String.valueOf(leftPackage.getFileName()), left,
          String.valueOf(rightPackage.getFileName()), right);
    });
  }

  @Override
  public BatchExportResult batchExport(List<ExportParams> items, BatchOptions options, ExportListener listener) {
    checkBatch(items, options, listener);
    return calls.blocking(() -> Futures.await(startBatch(items, options, listener)));
  }

  @Override
  public CompletableFuture<BatchExportResult> batchExportAsync(List<ExportParams> items, BatchOptions options,
      ExportListener listener) {
    checkBatch(items, options, listener);
    return calls.track(() -> startBatch(items, options, listener));
  }

  private void checkBatch(List<ExportParams> items, BatchOptions options, ExportListener listener) {
    Args.notNull(items, "items");
    Args.notNull(options, "options");
    Args.notNull(listener, "listener");
    items.forEach(item -> runner.api(Args.notNull(item, "items[]").environment()));
  }

  /** Both exports run at once; the first failure cancels the other. */
  private CompletableFuture<ComparisonResult> startComparison(ExportParams left, String rightEnvironment,
      CompareOptions options) {
    Duration deadline = settings.pollPolicy().defaultDeadline();
    CompletableFuture<ExportResult> leftResult = ComparisonSide.labelled(left.environment(),
        trip.exportAsync(left, null, RequestThrottle.NONE, deadline, ExportListener.NONE));
    CompletableFuture<ExportResult> rightResult = ComparisonSide.labelled(rightEnvironment,
        trip.exportAsync(left.withEnvironment(rightEnvironment), null, RequestThrottle.NONE, deadline,
            ExportListener.NONE));
    return Futures.both(leftResult, rightResult, (l, r) -> ExportComparator.create(options)
        .compare(left.environment(), l.content(), rightEnvironment, r.content()));
  }

  private CompletableFuture<BatchExportResult> startBatch(List<ExportParams> items, BatchOptions options,
      ExportListener listener) {
    ExportListener events = trip.listenerFor(listener);
    return batches.run(items, options, (params, destination, throttle, deadline) -> trip.exportAsync(params,
        destination, throttle, deadline, listener), events);
  }

  /**
   * Closes the client; idempotent, thread-safe, and bounded in time: it never hangs.
   *
   * <ul>
   *   <li>Every future this client handed out that has not completed ({@link #exportAsync},
   *       {@link #monitorJobAsync}, {@link #batchExportAsync}, every asynchronous form) completes
   *       exceptionally with {@link ExportCancelledException} (EXPORT_009) before this method does
   *       anything else.
   *   <li>Blocking calls running on other threads are interrupted and end with
   *       {@link ExportCancelledException}; their threads' interrupt status is cleared again.
   *   <li>The jobs those calls were running are cancelled on the server, best effort: this method
   *       waits at most {@link ShareDoExportClientBuilder#closeTimeout(Duration)} (default 5 s) for the cancellations
   *       and the blocking calls to end, then stops the client's threads
   *       ({@code sharedo-export-scheduler-N}, {@code -worker-N}, {@code -http-N}). Last, once every
   *       call has ended, it stops the JDK HTTP clients' own {@code HttpClient-N-SelectorManager}
   *       threads, which on Java 17 would otherwise stay until the clients are garbage collected.
   *       A caller's executor is not shut down, and since it may still run the cancellations, the
   *       JDK clients of a client built with one are left to the garbage collector.
   *   <li>After {@code close()} every method of the client, blocking or asynchronous, throws
   *       {@link IllegalStateException}; only {@link #environments()}, {@link #toString()} and
   *       {@code close()} itself still answer.
   * </ul>
   *
   * <p>Jobs created with {@link #createJob} and not being monitored belong to the caller and are
   * left alone.
   */
  @Override
  public void close() {
    long deadline = System.nanoTime() + settings.closeTimeout().toNanos();
    calls.close();
    boolean workEnded = threads.close(deadline);
    if (calls.awaitBlockingCalls(deadline).isEmpty() && workEnded) {
      // Nothing of this client can send any more. A caller's executor may still run its server
      // cancellations, so with one the JDK clients are left to the garbage collector, as before.
      threads.stopHttpClients();
    }
  }

  @Override
  public String toString() {
    return "ShareDoExportClient[environments=" + settings.environments().keySet() + "]";
  }

}
