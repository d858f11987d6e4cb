package io.sharedo.export.core.internal;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The calls a client is serving, so that {@code close()} can end each of them: the futures it
 * handed out and the threads inside its blocking methods. After {@link #close()} no call is
 * admitted: {@link IllegalStateException}. Thread-safe; the monitor guards all state and is never
 * held while running a call or completing a future.
 */
public final class InFlightCalls {
  private static final String CLOSED = "the client was closed";

  /** Caller's future to the work's own future, which close() cancels to stop the work. */
  private final Map<CompletableFuture<?>, CompletableFuture<?>> futures = new IdentityHashMap<>();
  /** Threads inside a blocking call, with how deeply (a blocking call may make another). */
  private final Map<Thread, Integer> blocking = new HashMap<>();
  /** Threads close() interrupted: their call ends with EXPORT_009 and their interrupt is cleared. */
  private final Set<Thread> interruptedByClose = new HashSet<>();
  private boolean closed;

  /**
   * Throws when the client is closed.
   *
   * @throws IllegalStateException once {@link #close()} has begun
   */
  public synchronized void checkOpen() {
    if (closed) {
      throw new IllegalStateException(CLOSED + "; build a new ShareDoExportClient");
    }
  }

  /**
   * Runs a blocking call on the calling thread. If the client closes meanwhile, the thread is
   * interrupted (which stops waits, requests and downloads and cancels the job on the server), the
   * call ends with {@link ExportCancelledException} and the interrupt is cleared again.
   *
   * @param <T> the result type
   * @param call the call
   * @return its result
   * @throws IllegalStateException when the client is closed
   */
  public <T> T blocking(Supplier<T> call) {
    Thread thread = Thread.currentThread();
    synchronized (this) {
      checkOpen();
      blocking.merge(thread, 1, Integer::sum);
    }
    boolean closedUnderUs = false;
    try {
      return call.get();
    } catch (RuntimeException e) {
      synchronized (this) {
        closedUnderUs = interruptedByClose.contains(thread);
      }
      if (closedUnderUs) {
        throw closedDuring(e);
      }
      throw e;
    } finally {
      synchronized (this) {
        if (blocking.merge(thread, -1, Integer::sum) == 0) {
          blocking.remove(thread);
          if (interruptedByClose.remove(thread)) {
            Thread.interrupted();
          }
          notifyAll();
        }
      }
    }
  }

  /**
   * Starts asynchronous work and hands out a future of it that {@link #close()} completes with
   * EXPORT_009. Cancelling the handed-out future cancels the work's future.
   *
   * @param <T> the result type
   * @param start starts the work; its future is cancelled to stop the work
   * @return the caller's future
   * @throws IllegalStateException when the client is closed
   */
  public <T> CompletableFuture<T> track(Supplier<CompletableFuture<T>> start) {
    checkOpen();
    CompletableFuture<T> work = start.get();
    CompletableFuture<T> caller = new CompletableFuture<>();
    boolean closedMeanwhile;
    synchronized (this) {
      closedMeanwhile = closed;
      if (!closedMeanwhile) {
        futures.put(caller, work);
      }
    }
    caller.whenComplete((value, error) -> {
      synchronized (this) {
        futures.remove(caller);
      }
      if (caller.isCancelled()) {
        work.cancel(true);
      }
    });
    work.whenComplete((value, error) -> {
      if (error == null) {
        caller.complete(value);
      } else {
        caller.completeExceptionally(Futures.unwrap(error));
      }
    });
    if (closedMeanwhile) {
      end(caller, work);
    }
    return caller;
  }

  /**
   * Stops admitting calls and ends those in flight: every handed-out future completes with
   * EXPORT_009 now (before any server is told), the work behind it is cancelled, and the threads in
   * blocking calls are interrupted. Idempotent.
   */
  public void close() {
    Map<CompletableFuture<?>, CompletableFuture<?>> pending;
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      pending = new IdentityHashMap<>(futures);
      futures.clear();
      for (Thread thread : blocking.keySet()) {
        interruptedByClose.add(thread);
        thread.interrupt();
      }
    }
    pending.keySet().forEach(caller -> caller.completeExceptionally(closedException()));
    pending.values().forEach(work -> work.cancel(true));
  }

  /**
   * Waits until every blocking call has ended, at most until {@code deadlineNanos}.
   *
   * @param deadlineNanos a {@link System#nanoTime()} value
   * @return the threads still inside a blocking call
   */
  public synchronized List<Thread> awaitBlockingCalls(long deadlineNanos) {
    long left;
    while (!blocking.isEmpty() && (left = deadlineNanos - System.nanoTime()) > 0) {
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return new ArrayList<>(blocking.keySet());
  }

  private static void end(CompletableFuture<?> caller, CompletableFuture<?> work) {
    caller.completeExceptionally(closedException());
    work.cancel(true);
  }

  private static ExportCancelledException closedException() {
    return new ExportCancelledException(null, false, CLOSED + " before the call finished; a job it was running "
        + "is cancelled on the server (best effort)");
  }

  private static ExportCancelledException closedDuring(RuntimeException cause) {
    String jobId = cause instanceof ExportException error ? error.details().get("jobId") : null;
    boolean notified = cause instanceof ExportCancelledException cancelled && cancelled.serverNotified();
    ExportCancelledException closedError = new ExportCancelledException(jobId, notified, CLOSED
        + " during the call" + (jobId == null ? "" : "; job " + jobId + (notified ? " was cancelled on the server"
        : " could not be cancelled on the server")));
    closedError.addSuppressed(cause);
    return closedError;
  }
}
