package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.internal.RequestThrottle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;

/**
 * One asynchronous export: creation and download run on the worker, monitoring on the shared
 * scheduler, so no thread waits for the job. Cancelling the future stops whichever step runs and
 * cancels the job on the server. Thread-safe.
 */
final class AsyncExport {
  private final ExportTrip trip;
  private final ExportParams params;
  private final Path destination;
  private final RequestThrottle throttle;
  private final Duration deadline;
  private final CompletableFuture<ExportResult> result = new CompletableFuture<>();
  private final long start = System.nanoTime();
  private volatile ExportJob job;
  private volatile CompletableFuture<JobStatus> monitor;
  private volatile Thread runner;
  /** While the create request runs, an interrupt would lose the job id the server is about to send. */
  private volatile boolean creating;

  AsyncExport(ExportTrip trip, ExportParams params, Path destination, RequestThrottle throttle, Duration deadline) {
    this.trip = trip;
    this.params = params;
    this.destination = destination;
    this.throttle = throttle;
    this.deadline = deadline;
  }

  CompletableFuture<ExportResult> start() {
    result.whenComplete((r, e) -> {
      if (result.isCancelled()) {
        onCancelled();
      }
    });
    run(this::create);
    return result;
  }

  private void run(Runnable step) {
    try {
      trip.runner().worker().execute(() -> {
        runner = Thread.currentThread();
        try {
          if (!result.isDone()) {
            step.run();
          }
        } catch (RuntimeException | Error e) {
          fail(e);
        } finally {
          runner = null;
          Thread.interrupted();
        }
      });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(new ExportCancelledException(null, false, "the client was closed"));
    }
  }

  private void create() {
    trip.listener().exportStarted(params);
    creating = true;
    ExportJob created;
    try {
      created = trip.runner().create(params, throttle);
    } finally {
      creating = false;
    }
    job = created;
    if (result.isDone()) {
      Thread.interrupted(); // the cancellation that ended the export must not also stop the cancel request
      trip.runner().cancel(created);
      trip.runner().forget(created);
      return;
    }
    CompletableFuture<JobStatus> polling = trip.runner().monitorAsync(created, deadline, throttle);
    monitor = polling;
    polling.whenComplete((status, error) -> {
      if (error != null) {
        fail(error);
      } else {
        run(() -> download(created, status));
      }
    });
  }

  private void download(ExportJob created, JobStatus status) {
    try {
      result.complete(trip.finish(created, status, destination, throttle, start));
    } finally {
      trip.runner().forget(created);
    }
  }

  private void fail(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    trip.runner().forget(job);
    if (result.isDone()) {
      return;
    }
    if (!(cause instanceof ExportException exportError)) {
      ExportException wrapped = new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the export failed unexpectedly: " + cause, Map.of(), cause);
      trip.listener().failed(params, wrapped);
      result.completeExceptionally(wrapped);
      return;
    }
    run(() -> {
      try {
        result.complete(trip.fallBackOrFail(params, destination, throttle, start, exportError));
      } catch (ExportException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private void onCancelled() {
    CompletableFuture<JobStatus> polling = monitor;
    ExportJob current = job;
    if (polling != null && !polling.isDone()) {
      polling.cancel(true);
    }
    Thread thread = runner;
    if (thread != null && !creating) {
      thread.interrupt();
    }
    trip.listener().failed(params, new ExportCancelledException(current == null ? null : current.jobId(), false,
        "the export was cancelled by the caller"));
  }
}
