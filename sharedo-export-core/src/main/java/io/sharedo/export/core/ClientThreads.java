package io.sharedo.export.core;

import io.sharedo.export.core.internal.http.HttpClientShutdown;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The threads one client owns: a one-thread scheduler that wakes every asynchronous poll, a small
 * worker pool unless the caller supplied an executor, and a small pool that runs the JDK HTTP
 * clients' own tasks. Without that last pool each {@code HttpClient} starts a cached pool that grows
 * a thread per overlapping response, so a thousand monitored jobs polled at once could briefly start
 * dozens of threads. The JDK HTTP clients' selector threads count as the client's too: they are
 * stopped last ({@link #stopHttpClients()}), when nothing can send any more. Thread-safe.
 */
final class ClientThreads implements AutoCloseable {
  private static final AtomicInteger SCHEDULERS = new AtomicInteger();
  private static final AtomicInteger WORKERS = new AtomicInteger();
  private static final AtomicInteger HTTP = new AtomicInteger();
  private static final int WORKER_THREADS = 4;
  /** The HTTP clients' tasks only parse and hand over bytes; they never block on I/O. */
  private static final int HTTP_THREADS = 2;

  private final ScheduledThreadPoolExecutor scheduler;
  private final ExecutorService worker;
  private final boolean ownsWorker;
  private final ExecutorService http;
  private final List<HttpClient> httpClients = new CopyOnWriteArrayList<>();

  ClientThreads(@Nullable ExecutorService callerExecutor) {
    this.scheduler = new ScheduledThreadPoolExecutor(1, named("sharedo-export-scheduler-", SCHEDULERS));
    scheduler.setRemoveOnCancelPolicy(true);
    this.ownsWorker = callerExecutor == null;
    this.worker = callerExecutor == null
        ? Executors.newFixedThreadPool(WORKER_THREADS, named("sharedo-export-worker-", WORKERS))
        : callerExecutor;
    this.http = Executors.newFixedThreadPool(HTTP_THREADS, named("sharedo-export-http-", HTTP));
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  ExecutorService worker() {
    return worker;
  }

  /**
   * The executor every environment's {@code HttpClient} runs its asynchronous tasks on. An
   * {@code HttpClient} whose executor refuses a task never completes that exchange, not even by its
   * timeout, so once the client is closed the tasks of exchanges still under way (or started by a
   * caller's executor after {@code close()}) run on the common pool instead of hanging their callers.
   */
  Executor http() {
    return task -> {
      try {
        http.execute(task);
      } catch (RejectedExecutionException e) {
        ForkJoinPool.commonPool().execute(task);
      }
    };
  }

  /**
   * Registers an environment's JDK client, whose selector thread {@link #stopHttpClients()} ends.
   *
   * @param client the client
   * @return the same client
   */
  HttpClient adopt(HttpClient client) {
    httpClients.add(client);
    return client;
  }

  /**
   * Stops the registered JDK clients' selector threads ({@link HttpClientShutdown}). Call only once
   * nothing of the client can send any more: on Java 17 an exchange still under way, or one started
   * afterwards, would stall until the client's own timeouts end it.
   */
  void stopHttpClients() {
    for (HttpClient client : httpClients) {
      HttpClientShutdown.stop(client);
    }
    httpClients.clear();
  }

  /** Stops every thread at once; see {@link #close(long)} and {@link #stopHttpClients()}. */
  @Override
  public void close() {
    if (close(System.nanoTime())) {
      stopHttpClients();
    }
  }

  /**
   * Stops the threads. The worker pool first finishes what is queued (the server cancellations of
   * the calls {@code close()} just ended) until {@code deadlineNanos}, then is interrupted; the
   * scheduler stops at once, since every poll it would wake belongs to an ended call.
   *
   * @param deadlineNanos a {@link System#nanoTime()} value: when queued work is abandoned
   * @return whether the client's own worker pool has terminated, so no task of the client can start
   *     another exchange; false when the worker is the caller's executor, which may still run them
   */
  boolean close(long deadlineNanos) {
    scheduler.shutdownNow();
    try {
      if (ownsWorker) {
        worker.shutdown();
        if (!worker.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          worker.shutdownNow();
        }
      }
      // Not shutdownNow: it would drop queued HTTP tasks and leave their exchanges hanging.
      http.shutdown();
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
      if (ownsWorker) {
        worker.awaitTermination(2, TimeUnit.SECONDS);
      }
      http.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ownsWorker && worker.isTerminated();
  }

  private static ThreadFactory named(String prefix, AtomicInteger counter) {
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
