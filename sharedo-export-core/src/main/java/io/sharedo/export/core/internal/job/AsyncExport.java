package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.internal.Futures;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.pkg.ReaderWarmUp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * One asynchronous export: creation and download run on the worker, monitoring on the shared
 * scheduler, so no thread waits for the job. Cancelling the future stops whichever step runs and
 * cancels the job on the server. Resuming a recorded job skips creation and never falls back.
 * Thread-safe.
 */
final class AsyncExport {
  private final ExportTrip trip;
  private final ExportParams params;
  private final @Nullable ExportJob recorded;
  private final @Nullable Path destination;
  private final ExportListener events;
  private final RequestThrottle throttle;
  private final Duration deadline;
  private final CompletableFuture<ExportResult> result = new CompletableFuture<>();
  private final long start = System.nanoTime();
  private volatile @Nullable ExportJob job;
  private volatile @Nullable CompletableFuture<JobStatus> monitor;
  private volatile @Nullable Thread runner;
  /** While the create request runs, an interrupt would lose the job id the server is about to send. */
  private volatile boolean creating;

  /**
   * Prepares the export.
   *
   * @param trip the trip
   * @param params the call's (scoped) parameters
   * @param recorded the job to resume, or null to create one
   * @param destination where to keep the package, or null
   * @param throttle paces every request
   * @param deadline the monitoring deadline
   * @param events the call's guarded listener
   */
  AsyncExport(ExportTrip trip, ExportParams params, @Nullable ExportJob recorded, @Nullable Path destination, RequestThrottle throttle,
      Duration deadline, ExportListener events) {
    this.trip = trip;
    this.params = params;
    this.recorded = recorded;
    this.destination = destination;
    this.throttle = throttle;
    this.deadline = deadline;
    // Cancelling reports failed at once, while a poll or a download may still be reporting.
    this.events = new CallEndGate(events);
  }

  CompletableFuture<ExportResult> start() {
    result.whenComplete((r, e) -> {
      trip.scopes().close(params);
      if (result.isCancelled()) {
        onCancelled();
      }
    });
    job = recorded;
    events.exportStarted(params);
    try {
      // On the caller's thread: a quick look at the file system, before anything reaches the server.
      ExportTrip.checkDestination(params, destination, events);
    } catch (ExportException e) {
      result.completeExceptionally(e);
      return result;
    }
    run(recorded == null ? this::create : () -> monitor(recorded));
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
    creating = true;
    ExportJob created;
    try {
      created = trip.runner().create(params, throttle, events, destination);
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
    ReaderWarmUp.startOnce();
    monitor(created);
  }

  private void monitor(ExportJob monitored) {
    CompletableFuture<JobStatus> polling = trip.runner().monitorAsync(monitored, deadline, throttle, events);
    monitor = polling;
    if (result.isDone()) {
      // Cancelled between the create answer and here: onCancelled saw no poll to stop.
      polling.cancel(true);
    }
    polling.whenComplete((status, error) -> {
      if (error != null) {
        fail(error);
      } else {
        run(() -> download(monitored, status));
      }
    });
  }

  private void download(ExportJob monitored, JobStatus status) {
    ExportResult finished = trip.finish(monitored, status, destination, throttle, start, events);
    trip.runner().forget(monitored);
    result.complete(finished);
  }

  private void fail(Throwable error) {
    Throwable cause = Futures.unwrap(error);
    if (cause instanceof ExportException exportError) {
      trip.runner().forgetAfter(job, exportError);
    } else {
      trip.runner().forget(job);
    }
    if (result.isDone()) {
      return;
    }
    if (!(cause instanceof ExportException exportError)) {
      ExportException wrapped = new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the export failed unexpectedly: " + cause, Map.of(), cause);
      events.failed(params, wrapped);
      result.completeExceptionally(wrapped);
      return;
    }
    if (recorded != null) {
      // A resumed job is finished as it is or not at all, as a blocking resume.
      events.failed(params, exportError);
      result.completeExceptionally(exportError);
      return;
    }
    run(() -> {
      try {
        ExportResult fallback = trip.fallBackOrFail(params, destination, throttle, start, exportError, events);
        trip.runner().forget(job);
        result.complete(fallback);
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
    events.failed(params, new ExportCancelledException(current == null ? null : current.jobId(), false,
        "the export was cancelled by the caller"));
  }
}
