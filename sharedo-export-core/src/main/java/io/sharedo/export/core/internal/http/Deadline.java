package io.sharedo.export.core.internal.http;

import java.time.Duration;

/**
 * The moment by which an operation must end, on the {@link System#nanoTime()} clock, so that a
 * wait between retries is never planned past it. Immutable, thread-safe.
 *
 * @param nanos the deadline on the {@code nanoTime} clock; ignored when {@code none}
 * @param none whether there is no deadline
 */
public record Deadline(long nanos, boolean none) {
  /** No deadline. */
  public static final Deadline NONE = new Deadline(0, true);

  /**
   * A deadline at a {@code nanoTime} value.
   *
   * @param nanos the deadline
   * @return the deadline
   */
  public static Deadline at(long nanos) {
    return new Deadline(nanos, false);
  }

  /**
   * How long is left from now.
   *
   * @return the time left, never negative; a very long duration when there is no deadline
   */
  public Duration left() {
    return none ? Duration.ofDays(365 * 100) : Duration.ofNanos(Math.max(0, nanos - System.nanoTime()));
  }
}
