package io.sharedo.export.benchmarks;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock measurement with warm-up and a median, for the end-to-end figures JMH does not fit. */
final class Timing {
  private Timing() {}

  /** Runs the task {@code warmups} times unmeasured, then {@code runs} times; returns the median in nanoseconds. */
  static long medianNanos(int warmups, int runs, Callable<?> task) throws Exception {
    return medianNanos(warmups, runs, task, () -> null);
  }

  /** As {@link #medianNanos(int, int, Callable)}, running {@code cleanup} untimed after every run. */
  static long medianNanos(int warmups, int runs, Callable<?> task, Callable<?> cleanup) throws Exception {
    for (int i = 0; i < warmups; i++) {
      task.call();
      cleanup.call();
    }
    long[] samples = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      task.call();
      samples[i] = System.nanoTime() - start;
      cleanup.call();
    }
    Arrays.sort(samples);
    return samples[runs / 2];
  }

  static String millis(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }

  static String seconds(long nanos) {
    return String.format("%.2f s", nanos / 1e9);
  }
}
