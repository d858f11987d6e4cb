package io.sharedo.export.core;

import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.core.internal.http.BoundedBodyHandler;
import io.sharedo.export.core.internal.job.SafeListener;
import io.sharedo.export.core.pkg.PackageLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ShareDoExportClient}. Each setter checks its argument; {@link #build()} freezes
 * a copy, so the builder may be reused. Not thread-safe.
 */
public final class ShareDoExportClientBuilder {
  private final Map<String, Environment> environments = new LinkedHashMap<>();
  private ExportListener listener = ExportListener.NONE;
  private PollPolicy pollPolicy = PollPolicy.defaults();
  private RetrySettings retrySettings = RetrySettings.defaults();
  private PackageLimits packageLimits = PackageLimits.defaults();
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration requestTimeout = Duration.ofSeconds(60);
  private @Nullable ExecutorService executor;
  private @Nullable Path journalDirectory;
  private RecoveryPolicy recoveryPolicy = RecoveryPolicy.defaults();
  private Endpoints endpoints = Endpoints.defaults();
  private Path tempDirectory = Path.of(System.getProperty("java.io.tmpdir"));
  private long maxResponseBodySize = BoundedBodyHandler.DEFAULT_LIMIT;
  private Duration closeTimeout = Duration.ofSeconds(5);

  ShareDoExportClientBuilder() {}

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
  public ShareDoExportClientBuilder environment(String name, Environment environment) {
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
   * Receives export events (default {@link ExportListener#NONE}); exceptions it
   * throws are logged and ignored.
   *
   * @param value the listener
   * @return this builder
   * @throws IllegalArgumentException when null
   */
  public ShareDoExportClientBuilder listener(ExportListener value) {
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
  public ShareDoExportClientBuilder pollPolicy(PollPolicy value) {
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
  public ShareDoExportClientBuilder retrySettings(RetrySettings value) {
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
  public ShareDoExportClientBuilder packageLimits(PackageLimits value) {
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
  public ShareDoExportClientBuilder connectTimeout(Duration value) {
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
  public ShareDoExportClientBuilder requestTimeout(Duration value) {
    this.requestTimeout = Args.positive(value, "requestTimeout");
    return this;
  }

  /**
   * Runs downloads and asynchronous exports on the caller's executor, which {@link ShareDoExportClient#close()} does
   * not shut down (default: an internal pool of {@code sharedo-export-worker-N} threads).
   *
   * @param value the executor
   * @return this builder
   * @throws IllegalArgumentException when null
   */
  public ShareDoExportClientBuilder executor(ExecutorService value) {
    this.executor = Args.notNull(value, "executor");
    return this;
  }

  /**
   * Keeps a job journal in this folder so that {@link ShareDoExportClient#recoverInterruptedJobs()} works after a
   * restart (default: no journal).
   *
   * @param value the folder (created when needed)
   * @return this builder
   * @throws IllegalArgumentException when null
   */
  public ShareDoExportClientBuilder journalDirectory(Path value) {
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
  public ShareDoExportClientBuilder recoveryPolicy(RecoveryPolicy value) {
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
  public ShareDoExportClientBuilder endpoints(Endpoints value) {
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
  public ShareDoExportClientBuilder tempDirectory(Path value) {
    this.tempDirectory = Args.notNull(value, "tempDirectory");
    return this;
  }

  /**
   * The most bytes read of any JSON or error answer of the ShareDo server (create, progress,
   * cancel, error bodies; not packages) and of the identity server's token answers, default 1 MiB.
   * A longer answer is cut off, its connection closed, and the operation fails with its own code
   * (EXPORT_008 for a token answer), never retried.
   *
   * @param bytes at least 1 KiB, at most 1 GiB
   * @return this builder
   * @throws IllegalArgumentException when outside 1 KiB .. 1 GiB
   */
  public ShareDoExportClientBuilder maxResponseBodySize(long bytes) {
    if (bytes < 1024 || bytes > 1L << 30) {
      throw new IllegalArgumentException("maxResponseBodySize must be within 1 KiB .. 1 GiB, was " + bytes);
    }
    this.maxResponseBodySize = bytes;
    return this;
  }

  /**
   * How long {@link ShareDoExportClient#close()} waits for the server cancellations of the calls it
   * ends and for blocking calls on other threads to return (default 5 s). The futures it ends
   * complete at once whatever this is.
   *
   * @param value a positive duration
   * @return this builder
   * @throws IllegalArgumentException when not positive
   */
  public ShareDoExportClientBuilder closeTimeout(Duration value) {
    this.closeTimeout = Args.positive(value, "closeTimeout");
    return this;
  }

  /**
   * Builds the client; zero environments is allowed ({@link ShareDoExportClient#comparePackages} needs none).
   *
   * @return a new client, which starts its threads lazily and must be closed
   */
  public ShareDoExportClient build() {
    return new ShareDoExportClient(new ClientSettings(Map.copyOf(new LinkedHashMap<>(environments)),
        SafeListener.wrap(listener), pollPolicy, retrySettings, packageLimits,
        connectTimeout, requestTimeout, executor, journalDirectory, recoveryPolicy, endpoints, tempDirectory,
        maxResponseBodySize, closeTimeout));
  }
}
