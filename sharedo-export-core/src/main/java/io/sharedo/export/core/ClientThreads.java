package io.sharedo.export.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads one client owns: a one-thread scheduler that wakes every asynchronous poll, and a
 * small worker pool unless the caller supplied an executor. Thread-safe.
 */
final class ClientThreads implements AutoCloseable {
  private static final AtomicInteger SCHEDULERS = new AtomicInteger();
  private static final AtomicInteger WORKERS = new AtomicInteger();
  private static final int WORKER_THREADS = 4;

  private final ScheduledThreadPoolExecutor scheduler;
  private final ExecutorService worker;
  private final boolean ownsWorker;

  ClientThreads(ExecutorService callerExecutor) {
    this.scheduler = new ScheduledThreadPoolExecutor(1, named("sharedo-export-scheduler-", SCHEDULERS));
    scheduler.setRemoveOnCancelPolicy(true);
    this.ownsWorker = callerExecutor == null;
    this.worker = ownsWorker ? Executors.newFixedThreadPool(WORKER_THREADS, named("sharedo-export-worker-", WORKERS))
        : callerExecutor;
  }

  ScheduledExecutorService scheduler() {
    return scheduler;
  }

  ExecutorService worker() {
    return worker;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    if (ownsWorker) {
      worker.shutdownNow();
    }
    try {
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
      if (ownsWorker) {
        worker.awaitTermination(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix, AtomicInteger counter) {
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
