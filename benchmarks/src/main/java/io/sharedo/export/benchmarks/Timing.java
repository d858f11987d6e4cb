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

  /**
   * Runs two tasks alternately ({@code a}, {@code b}, {@code a}, ...), so both see the same load on
   * a shared machine: {@code warmups} unmeasured pairs, then {@code runs} measured ones.
   *
   * @return the samples in nanoseconds, {@code [0]} of {@code a} and {@code [1]} of {@code b}, in run order
   */
  static long[][] pairedNanos(int warmups, int runs, Callable<?> a, Callable<?> b, Callable<?> cleanup)
      throws Exception {
    long[][] samples = new long[2][runs];
    for (int i = -warmups; i < runs; i++) {
      long start = System.nanoTime();
      a.call();
      long aNanos = System.nanoTime() - start;
      cleanup.call();
      start = System.nanoTime();
      b.call();
      long bNanos = System.nanoTime() - start;
      cleanup.call();
      if (i >= 0) {
        samples[0][i] = aNanos;
        samples[1][i] = bNanos;
      }
    }
    return samples;
  }

  /** The median of some samples (the upper one of an even count). */
  static long median(long[] samples) {
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static String millis(long nanos) {
    return String.format("%.1f ms", nanos / 1e6);
  }

  static String seconds(long nanos) {
    return String.format("%.2f s", nanos / 1e9);
  }
}
