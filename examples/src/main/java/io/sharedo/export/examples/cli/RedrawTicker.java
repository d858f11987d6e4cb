package io.sharedo.export.examples.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a redraw on one daemon thread at a fixed rate, so that a live display's clock, ETA and
 * spinner move between the server's reports. {@link #stop()} ends the thread and waits for it, so
 * a command never leaves it behind. Thread-safe.
 */
final class RedrawTicker {
  /** The name of the redraw thread, which tests look for. */
  static final String THREAD_NAME = "sharedo-export-progress";

  private final Duration period;
  private ScheduledExecutorService executor;
  private boolean stopped;

  /**
   * Creates a ticker; nothing runs before {@link #start(Runnable)}.
   *
   * @param period how often to redraw; zero never starts a thread (tests redraw by hand)
   */
  RedrawTicker(Duration period) {
    this.period = period;
  }

  /**
   * Starts redrawing, unless already started or stopped.
   *
   * @param redraw what to run at every tick; its failures are swallowed so the ticks go on
   */
  synchronized void start(Runnable redraw) {
    if (executor != null || stopped || period.isZero()) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, THREAD_NAME);
      thread.setDaemon(true);
      return thread;
    });
    executor.scheduleAtFixedRate(() -> {
      try {
        redraw.run();
      } catch (RuntimeException e) {
        // A frame that cannot be drawn must not end the display: the next tick tries again.
      }
    }, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Stops redrawing and waits (briefly) for a redraw under way to end; idempotent. Keeps the
   * calling thread's interrupt status.
   */
  void stop() {
    ScheduledExecutorService running;
    synchronized (this) {
      stopped = true;
      running = executor;
      executor = null;
    }
    if (running == null) {
      return;
    }
    running.shutdownNow();
    boolean interrupted = Thread.interrupted();
    try {
      running.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
