package io.sharedo.export.core.internal.job;

import io.sharedo.export.CancelResult;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.JobPhase;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.Endpoints;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.download.PackageDownloader;
import io.sharedo.export.core.internal.http.Json;
import io.sharedo.export.core.internal.journal.JobJournal;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The step-by-step job operations on the registered environments: create, status, monitor (blocking
 * and on the shared scheduler), download, cancel. Thread-safe.
 */
public final class JobRunner {
  private final Map<String, JobApi> environments;
  private final PollPolicy pollPolicy;
  private final Duration idleTimeout;
  private final long maxPackageBytes;
  private final @Nullable JobJournal journal;
  private final ScheduledExecutorService scheduler;
  private final Executor worker;

  /**
   * Creates the runner.
   *
   * @param environments the job API of each registered environment, by name
   * @param pollPolicy polling intervals and limits
   * @param journal the job journal, or null when off
   * @param scheduler drives asynchronous polling
   * @param worker runs polls, downloads and asynchronous exports
   * @param idleTimeout how long a download may stay silent
   * @param maxPackageBytes the most bytes a downloaded package may have
   */
  public JobRunner(Map<String, JobApi> environments, PollPolicy pollPolicy, @Nullable JobJournal journal,
      ScheduledExecutorService scheduler, Executor worker, Duration idleTimeout, long maxPackageBytes) {
    this.environments = Map.copyOf(environments);
    this.pollPolicy = pollPolicy;
    this.idleTimeout = idleTimeout;
    this.maxPackageBytes = maxPackageBytes;
    this.journal = journal;
    this.scheduler = scheduler;
    this.worker = worker;
  }

  /**
   * The job API of a registered environment.
   *
   * @param environment the name
   * @return its API
   * @throws IllegalArgumentException naming the environment when it is not registered
   */
  public JobApi api(String environment) {
    JobApi api = environments.get(environment);
    if (api == null) {
      throw new IllegalArgumentException("unknown environment: " + environment + " (registered: "
          + environments.keySet() + ")");
    }
    return api;
  }

  /**
   * The poll policy.
   *
   * @return the policy
   */
  public PollPolicy pollPolicy() {
    return pollPolicy;
  }

  /**
   * The worker executor.
   *
   * @return the executor
   */
  public Executor worker() {
    return worker;
  }

  /**
   * Records a job's phase in the journal, when there is one.
   *
   * @param job the job
   * @param phase the phase
   * @param destination where the package is to go, or null
   */
  public void journal(ExportJob job, JobPhase phase, @Nullable Path destination) {
    if (journal != null) {
      journal.record(job, phase, destination);
    }
  }

  /**
   * Forgets a job in the journal, when there is one.
   *
   * @param job the job, or null
   */
  public void forget(@Nullable ExportJob job) {
    if (journal != null && job != null) {
      journal.remove(job.jobId());
    }
  }

  /**
   * Forgets a job after a failure only when resuming it cannot help: it failed on the server, is
   * unknown, was cancelled, or its package is invalid. A job whose monitoring timed out, whose
   * download broke or whose destination could not be written stays for
   * {@code recoverInterruptedJobs}.
   *
   * @param job the job, or null
   * @param error the failure
   */
  public void forgetAfter(@Nullable ExportJob job, ExportException error) {
    switch (error.code()) {
      case JOB_TIMED_OUT, DOWNLOAD_FAILED, NETWORK_ERROR, AUTHENTICATION_FAILED, EXTRACTION_FAILED -> { }
      default -> forget(job);
    }
  }

  /**
   * Creates a job with a fresh idempotency key and reports it.
   *
   * @param params what to export
   * @param throttle paces the requests
   * @param listener the call's guarded listener
   * @param destination where the package is to go (for the journal), or null
   * @return the job
   */
  public ExportJob create(ExportParams params, RequestThrottle throttle, ExportListener listener, @Nullable Path destination) {
    JobApi api = api(params.environment());
    String key = UUID.randomUUID().toString();
    String jobId = api.create(params, key, throttle);
    ExportJob job = new ExportJob(jobId, params, key, Instant.now());
    journal(job, JobPhase.MONITORING, destination);
    listener.jobCreated(job);
    return job;
  }

  /**
   * One status request.
   *
   * @param job the job
   * @return its status
   */
  public JobStatus status(ExportJob job) {
    return api(job.environment()).progress(job, null, RequestThrottle.NONE).status();
  }

  /**
   * Cancels a job on the server.
   *
   * @param job the job
   * @return what the server said
   */
  public CancelResult cancel(ExportJob job) {
    return api(job.environment()).cancel(job, RequestThrottle.NONE);
  }

  /**
   * Monitors on the calling thread; an interrupt cancels the job and throws EXPORT_009.
   *
   * @param job the job
   * @param deadline the overall deadline
   * @param throttle paces the requests
   * @param listener the call's guarded listener
   * @return the final status
   */
  public JobStatus monitor(ExportJob job, Duration deadline, RequestThrottle throttle, ExportListener listener) {
    PollLoop loop = new PollLoop(api(job.environment()), job, deadline, pollPolicy,
        api(job.environment()).http().retrier(), listener, throttle);
    try {
      TimeUnit.NANOSECONDS.sleep(loop.firstDelay().toNanos());
      while (true) {
        PollLoop.Outcome outcome = loop.poll();
        if (outcome.finished() != null) {
          return outcome.finished();
        }
        TimeUnit.NANOSECONDS.sleep(Objects.requireNonNull(outcome.nextDelay(), "not finished").toNanos());
      }
    } catch (InterruptedException e) {
      throw cancelAfterInterrupt(job);
    } catch (ExportCancelledException e) {
      throw e.details().containsKey("jobId") ? e : cancelAfterInterrupt(job);
    }
  }

  /**
   * Cancels the job on the server after the waiting thread was interrupted, keeping the interrupt.
   *
   * @param job the job
   * @return the exception to throw
   */
  public ExportCancelledException cancelAfterInterrupt(ExportJob job) {
    Thread.interrupted();
    CancelResult result = cancel(job);
    Thread.currentThread().interrupt();
    return new ExportCancelledException(job.jobId(), result.serverAcknowledged(),
        "the export of job " + job.jobId() + " was cancelled by the caller; " + result.detail());
  }

  /**
   * Monitors without holding a thread while waiting: the shared scheduler wakes each poll, which
   * runs on the worker. Cancelling the future stops polling and cancels the job on the server.
   *
   * @param job the job
   * @param deadline the overall deadline
   * @param throttle paces the requests
   * @param listener the call's guarded listener
   * @return the future final status
   */
  public CompletableFuture<JobStatus> monitorAsync(ExportJob job, Duration deadline, RequestThrottle throttle,
      ExportListener listener) {
    PollLoop loop = new PollLoop(api(job.environment()), job, deadline, pollPolicy,
        api(job.environment()).http().retrier(), listener, throttle);
    CompletableFuture<JobStatus> result = new CompletableFuture<>();
    AtomicReference<Future<?>> pending = new AtomicReference<>();
    Consumer<Runnable> submit = step -> {
      try {
        worker.execute(step);
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(clientClosed(job));
      }
    };
    Runnable[] step = new Runnable[1];
    Consumer<Duration> pollAfter = delay -> {
      try {
        pending.set(scheduler.schedule(() -> submit.accept(step[0]), delay.toNanos(), TimeUnit.NANOSECONDS));
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(clientClosed(job));
      }
    };
    step[0] = () -> {
      if (result.isDone()) {
        return;
      }
      try {
        PollLoop.Outcome outcome = loop.poll();
        if (outcome.finished() != null) {
          result.complete(outcome.finished());
        } else {
          pollAfter.accept(outcome.nextDelay());
        }
      } catch (RejectedExecutionException e) {
        result.completeExceptionally(clientClosed(job));
      } catch (RuntimeException | Error e) {
        result.completeExceptionally(e);
      }
    };
    result.whenComplete((status, error) -> {
      if (result.isCancelled()) {
        Future<?> next = pending.get();
        if (next != null) {
          next.cancel(false);
        }
        submit.accept(() -> cancel(job));
      }
    });
    if (loop.firstDelay().isZero()) {
      submit.accept(step[0]);
    } else {
      pollAfter.accept(loop.firstDelay());
    }
    return result;
  }

  private static ExportCancelledException clientClosed(ExportJob job) {
    return new ExportCancelledException(job.jobId(), false, "the client was closed");
  }

  /**
   * Downloads a completed job's package, checking it with {@code check} before the atomic move.
   *
   * @param job the job
   * @param status its final status (declared size and checksum), or null
   * @param destination the file to write, or an existing folder (the file then takes the server's name)
   * @param throttle paces the requests
   * @param check validates the complete part file before it is moved into place
   * @param listener the call's guarded listener
   * @return the verified download
   */
  public DownloadResult download(ExportJob job, @Nullable JobStatus status, Path destination, RequestThrottle throttle,
      Consumer<Path> check, ExportListener listener) {
    JobApi api = api(job.environment());
    String path = Endpoints.forJob(api.endpoints().download(), job.jobId());
    PackageDownloader.Request request = new PackageDownloader.Request("download", job.params(), job,
        () -> HttpRequest.newBuilder(api.http().resolve(path)).header("Accept", "application/zip").GET(),
        true, status == null ? null : status.packageSize(), status == null ? null : status.packageSha256(), check);
    return new PackageDownloader(listener, idleTimeout, maxPackageBytes)
        .download(api.http(), request, destination, throttle);
  }

  /**
   * Fetches the configuration export (the fallback) into {@code destination}: asks for JSON, as
   * ShareDo tools do, and accepts a ZIP alike; {@code check} tells them apart.
   *
   * @param params what to export
   * @param destination the file to write
   * @param throttle paces the requests
   * @param check validates the complete part file before it is moved into place
   * @param listener the call's guarded listener
   * @return the verified download
   */
  public DownloadResult configurationExport(ExportParams params, Path destination, RequestThrottle throttle,
      Consumer<Path> check, ExportListener listener) {
    JobApi api = api(params.environment());
    String body = Json.write(Json.object()
        .put("workTypeSystemName", params.systemName())
        .put("includeAll", true)
        .put("format", "json"));
    PackageDownloader.Request request = new PackageDownloader.Request("fallback", params, null,
        () -> HttpRequest.newBuilder(api.http().resolve(api.endpoints().configurationExport()))
            .header("Accept", "application/json, application/zip")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)),
        false, null, null, check);
    return new PackageDownloader(listener, idleTimeout, maxPackageBytes)
        .download(api.http(), request, destination, throttle);
  }
}
