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
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.batch.BatchRunner;
import io.sharedo.export.core.internal.job.ExportTrip;
import io.sharedo.export.core.internal.job.JobRunner;
import io.sharedo.export.core.internal.journal.JobJournal;
import io.sharedo.export.core.pkg.PackageReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

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
  private final JobJournal journal;
  private final BatchRunner batches;

  ShareDoExportClient(ClientSettings settings) {
    this.settings = settings;
    this.threads = new ClientThreads(settings.executor());
    this.reader = PackageReader.create(settings.packageLimits());
    this.journal = settings.journalDirectory() == null ? null : new JobJournal(settings.journalDirectory());
    this.runner = new JobRunner(ClientWiring.jobApis(settings, threads.http()), settings.pollPolicy(), settings.listener(), journal,
        threads.scheduler(), threads.worker(), settings.requestTimeout(),
        settings.packageLimits().maxPackageBytes());
    this.trip = new ExportTrip(runner, reader, settings.listener(), settings.tempDirectory());
    this.batches = new BatchRunner(settings.listener());
  }

  /**
   * A new builder.
   *
   * @return a builder with default settings and no environments
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The registered environment names.
   *
   * @return the names, in registration order
   */
  public List<String> environments() {
    return List.copyOf(settings.environments().keySet());
  }

  @Override
  public ExportJob createJob(ExportParams params) {
    Args.notNull(params, "params");
    return runner.create(params, RequestThrottle.NONE);
  }

  @Override
  public List<ExportJob> createBatchJobs(List<ExportParams> params) {
    Args.notNull(params, "params");
    List<ExportJob> jobs = new ArrayList<>();
    for (ExportParams p : params) {
      jobs.add(createJob(p));
    }
    return jobs;
  }

  @Override
  public JobStatus getJobStatus(ExportJob job) {
    return runner.status(Args.notNull(job, "job"));
  }

  @Override
  public JobStatus monitorJob(ExportJob job, Duration deadline) {
    Args.notNull(job, "job");
    Args.positive(deadline, "deadline");
    return runner.monitor(job, deadline, RequestThrottle.NONE);
  }

  @Override
  public CompletableFuture<JobStatus> monitorJobAsync(ExportJob job, Duration deadline) {
    Args.notNull(job, "job");
    Args.positive(deadline, "deadline");
    return runner.monitorAsync(job, deadline, RequestThrottle.NONE);
  }

  @Override
  public DownloadResult downloadPackage(ExportJob job, Path destination) {
    Args.notNull(job, "job");
    Args.notNull(destination, "destination");
    JobStatus status = runner.status(job);
    if (!status.isFinished() || !status.packageAvailable()) {
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
          "job " + job.jobId() + " has not finished (" + status.percentage() + "%); monitor it before downloading",
          Map.of("jobId", job.jobId()), null);
    }
    return runner.download(job, status, destination, RequestThrottle.NONE, reader::validate);
  }

  @Override
  public CancelResult cancelJob(ExportJob job) {
    return runner.cancel(Args.notNull(job, "job"));
  }

  @Override
  public ExportJob retryFailedJob(ExportJob failed) {
    return createJob(Args.notNull(failed, "failed").params());
  }

  @Override
  public List<RecoveredJob> recoverInterruptedJobs() {
    return journal == null ? List.of() : journal.list();
  }

  @Override
  public ExportResult export(ExportParams params) {
    Args.notNull(params, "params");
    return trip.export(params, null, RequestThrottle.NONE, settings.pollPolicy().defaultDeadline());
  }

  @Override
  public ExportResult export(ExportParams params, Path destination) {
    Args.notNull(params, "params");
    Args.notNull(destination, "destination");
    return trip.export(params, destination, RequestThrottle.NONE, settings.pollPolicy().defaultDeadline());
  }

  @Override
  public CompletableFuture<ExportResult> exportAsync(ExportParams params) {
    Args.notNull(params, "params");
    return trip.exportAsync(params, null, RequestThrottle.NONE, settings.pollPolicy().defaultDeadline());
  }

  @Override
  public ExportResult resume(RecoveredJob recovered) {
    return trip.resume(Args.notNull(recovered, "recovered"), null);
  }

  @Override
  public ExportResult resume(RecoveredJob recovered, Path destination) {
    Args.notNull(recovered, "recovered");
    return trip.resume(recovered, Args.notNull(destination, "destination"));
  }

  @Override
  public ComparisonResult compareExports(ExportType type, String systemName, String leftEnvironment,
      String rightEnvironment, CompareOptions options) {
    Args.notNull(options, "options");
    ExportParams left = ExportParams.of(type, systemName, leftEnvironment);
    ExportParams right = left.withEnvironment(rightEnvironment);
    runner.api(leftEnvironment);
    runner.api(rightEnvironment);
    CompletableFuture<ExportResult> leftResult = exportAsync(left);
    CompletableFuture<ExportResult> rightResult = exportAsync(right);
    ExportPackage leftContent = await(leftResult, rightResult).content();
    ExportPackage rightContent = await(rightResult, leftResult).content();
    return ExportComparator.create(options).compare(leftEnvironment, leftContent, rightEnvironment, rightContent);
  }

  @Override
  public ComparisonResult comparePackages(Path leftPackage, Path rightPackage, CompareOptions options) {
    Args.notNull(leftPackage, "leftPackage");
    Args.notNull(rightPackage, "rightPackage");
    Args.notNull(options, "options");
    ExportPackage left = reader.read(leftPackage, settings.tempDirectory());
    ExportPackage right = reader.read(rightPackage, settings.tempDirectory());
    return ExportComparator.create(options).compare(String.valueOf(leftPackage.getFileName()), left,
        String.valueOf(rightPackage.getFileName()), right);
  }

  @Override
  public BatchExportResult batchExport(List<ExportParams> items, BatchOptions options) {
    CompletableFuture<BatchExportResult> future = batchExportAsync(items, options);
    return await(future, future);
  }

  @Override
  public CompletableFuture<BatchExportResult> batchExportAsync(List<ExportParams> items, BatchOptions options) {
    Args.notNull(items, "items");
    for (ExportParams item : items) {
      runner.api(Args.notNull(item, "items[]").environment());
    }
    return batches.run(items, options, (params, throttle, deadline) -> trip.exportAsync(params, null, throttle,
        deadline));
  }

  /**
   * Stops the client's threads (the scheduler, the HTTP clients' pool, and the internal worker pool when
   * the caller gave no executor); running asynchronous exports end with EXPORT_009. A caller's executor is not shut
   * down. Idempotent.
   */
  @Override
  public void close() {
    threads.close();
  }

  @Override
  public String toString() {
    return "ShareDoExportClient[environments=" + settings.environments() + "]";
  }

  /** Waits for {@code future}; an interrupt cancels it and {@code other} and throws EXPORT_009. */
  private static <T> T await(CompletableFuture<T> future, Future<?> other) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      other.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, false, "the waiting thread was interrupted");
    } catch (ExecutionException e) {
      other.cancel(true);
      if (e.getCause() instanceof ExportException error) {
        throw error;
      }
      throw new ExportException(ExportErrorCode.NETWORK_ERROR, "the export failed unexpectedly: " + e.getCause(),
          Map.of(), e.getCause());
    }
  }

  /**
   * Builds a {@link ShareDoExportClient}. Each setter checks its argument; {@link #build()} freezes
   * a copy, so the builder may be reused. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Environment> environments = new java.util.LinkedHashMap<>();
    private io.sharedo.export.ExportListener listener = io.sharedo.export.ExportListener.NONE;
    private PollPolicy pollPolicy = PollPolicy.defaults();
    private RetrySettings retrySettings = RetrySettings.defaults();
    private io.sharedo.export.core.pkg.PackageLimits packageLimits = io.sharedo.export.core.pkg.PackageLimits.defaults();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private java.util.concurrent.ExecutorService executor;
    private Path journalDirectory;
    private RecoveryPolicy recoveryPolicy = RecoveryPolicy.defaults();
    private Endpoints endpoints = Endpoints.defaults();
    private Path tempDirectory = Path.of(System.getProperty("java.io.tmpdir"));
    private long maxResponseBodySize = io.sharedo.export.core.internal.http.BoundedBodyHandler.DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Registers a server under a name, for example {@code "clientA-vnext"}. Each name has its own
     * server: a second name for a base URL already registered is refused, so that no comparison or
     * job status can silently answer for the wrong environment.
     *
     * @param name the name callers use in {@link ExportParams#environment()}
     * @param environment the server
     * @return this builder
     * @throws IllegalArgumentException when an argument is null or blank, the name is taken, or the
     *     server is already registered under another name
     */
    public Builder environment(String name, Environment environment) {
      Args.notBlank(name, "name");
      Args.notNull(environment, "environment");
      if (environments.containsKey(name)) {
        throw new IllegalArgumentException("environment " + name + " is already registered");
      }
      // One server per environment: two names for one server would compare it with itself and
      // report one environment's jobs as the other's.
      environments.forEach((other, registered) -> {
        if (registered.sameServer(environment)) {
          throw new IllegalArgumentException("environment " + name + " has the same server as " + other + " ("
              + environment.baseUrl() + "); each environment needs its own server");
        }
      });
      environments.put(name, environment);
      return this;
    }

    /**
     * Receives export events (default {@link io.sharedo.export.ExportListener#NONE}); exceptions it
     * throws are logged and ignored.
     *
     * @param value the listener
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder listener(io.sharedo.export.ExportListener value) {
      this.listener = Args.notNull(value, "listener");
      return this;
    }

    /**
     * Polling intervals and monitoring limits (default {@link PollPolicy#defaults()}).
     *
     * @param value the policy
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder pollPolicy(PollPolicy value) {
      this.pollPolicy = Args.notNull(value, "pollPolicy");
      return this;
    }

    /**
     * Retry attempts and backoff (default {@link RetrySettings#defaults()}).
     *
     * @param value the settings
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder retrySettings(RetrySettings value) {
      this.retrySettings = Args.notNull(value, "retrySettings");
      return this;
    }

    /**
     * Limits applied when extracting packages (default {@code PackageLimits.defaults()}).
     *
     * @param value the limits
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder packageLimits(io.sharedo.export.core.pkg.PackageLimits value) {
      this.packageLimits = Args.notNull(value, "packageLimits");
      return this;
    }

    /**
     * How long to wait for a connection (default 10 s).
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Args.positive(value, "connectTimeout");
      return this;
    }

    /**
     * How long to wait for a response's headers (default 60 s).
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = Args.positive(value, "requestTimeout");
      return this;
    }

    /**
     * Runs downloads and asynchronous exports on the caller's executor, which {@link #close()} does
     * not shut down (default: an internal pool of {@code sharedo-export-worker-N} threads).
     *
     * @param value the executor
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder executor(java.util.concurrent.ExecutorService value) {
      this.executor = Args.notNull(value, "executor");
      return this;
    }

    /**
     * Keeps a job journal in this folder so that {@link #recoverInterruptedJobs()} works after a
     * restart (default: no journal).
     *
     * @param value the folder (created when needed)
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder journalDirectory(Path value) {
      this.journalDirectory = Args.notNull(value, "journalDirectory");
      return this;
    }

    /**
     * Decides about retries, deadline extensions and fallback (default {@link RecoveryPolicy#defaults()}).
     *
     * @param value the policy
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder recoveryPolicy(RecoveryPolicy value) {
      this.recoveryPolicy = Args.notNull(value, "recoveryPolicy");
      return this;
    }

    /**
     * The server paths (default {@link Endpoints#defaults()}).
     *
     * @param value the endpoints
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder endpoints(Endpoints value) {
      this.endpoints = Args.notNull(value, "endpoints");
      return this;
    }

    /**
     * Where temporary folders go (default {@code java.io.tmpdir}); they are always removed.
     *
     * @param value the folder
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder tempDirectory(Path value) {
      this.tempDirectory = Args.notNull(value, "tempDirectory");
      return this;
    }

    /**
     * The most bytes read of any JSON or error answer of the ShareDo server (create, progress,
     * cancel, error bodies; not packages), default 1 MiB. A longer answer is cut off, its connection
     * closed, and the operation fails with its own code, never retried. The identity server's token
     * answer always has the default limit.
     *
     * @param bytes at least 1 KiB, at most 1 GiB
     * @return this builder
     * @throws IllegalArgumentException when outside 1 KiB .. 1 GiB
     */
    public Builder maxResponseBodySize(long bytes) {
      if (bytes < 1024 || bytes > 1L << 30) {
        throw new IllegalArgumentException("maxResponseBodySize must be within 1 KiB .. 1 GiB, was " + bytes);
      }
      this.maxResponseBodySize = bytes;
      return this;
    }

    /**
     * Builds the client; zero environments is allowed ({@link #comparePackages} needs none).
     *
     * @return a new client, which starts its threads lazily and must be closed
     */
    public ShareDoExportClient build() {
      return new ShareDoExportClient(new ClientSettings(Map.copyOf(new java.util.LinkedHashMap<>(environments)),
          io.sharedo.export.core.internal.job.SafeListener.wrap(listener), pollPolicy, retrySettings, packageLimits,
          connectTimeout, requestTimeout, executor, journalDirectory, recoveryPolicy, endpoints, tempDirectory,
          maxResponseBodySize));
    }
  }
}
