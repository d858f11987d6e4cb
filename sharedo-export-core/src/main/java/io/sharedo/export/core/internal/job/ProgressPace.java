package io.sharedo.export.core.internal.job;

import org.jspecify.annotations.Nullable;

/**
 * Predicts how long a job still needs from the percentages it reported, assuming it keeps its pace.
 * Times are read by the monitoring loop on its pace clock (monotonic in use, the server's manual
 * clock in simulations), so request times count as the job's time just as waits do. Not thread-safe: one loop owns it.
 *
 * <p>Two estimates, from the best evidence there is:
 *
 * <ul>
 *   <li>from two running observations: the points gained between the first percentage above zero
 *       and now, over the time between them. Queueing before the job ran does not distort it.
 *   <li>from the job's creation alone (when the loop saw the job created): now over the points so
 *       far. Time spent queued counts as work, so it predicts the end late; the loop uses it only to
 *       choose where to take the second observation.
 * </ul>
 */
final class ProgressPace {
  private static final int DONE = 100;

  /** Whether time 0 is the moment the job was created, which makes a one-point estimate possible. */
  private final boolean timedFromCreation;
  private long firstNanos = -1;
  private int firstPercentage;

  /**
   * A prediction.
   *
   * @param remainingNanos the time until the job reaches 100% if it keeps its pace
   * @param nanosPerPoint the time the job takes per percentage point
   * @param latestRemainingNanos the longest the job can still need at its pace: reported
   *     percentages are rounded down, so each report may hide up to one point of progress
   * @param fromTwoObservations whether it rests on two running observations (else on creation)
   */
  record Estimate(long remainingNanos, long nanosPerPoint, long latestRemainingNanos, boolean fromTwoObservations) {}

  /**
   * Starts with no observation.
   *
   * @param timedFromCreation whether time 0 is the job's creation
   */
  ProgressPace(boolean timedFromCreation) {
    this.timedFromCreation = timedFromCreation;
  }

  /**
   * Records what one poll saw and predicts the rest.
   *
   * @param nanos when, on the loop's own clock
   * @param percentage the percentage the server reported (0..100)
   * @return the prediction, or null when there is not enough evidence yet
   */
  @Nullable Estimate observe(long nanos, int percentage) {
    if (percentage <= 0) {
      return null;
    }
    if (firstNanos < 0) {
      firstNanos = nanos;
      firstPercentage = percentage;
      if (!timedFromCreation || nanos <= 0) {
        return null;
      }
      long perPoint = nanos / percentage;
      long remaining = perPoint * (DONE - percentage);
      return new Estimate(remaining, perPoint, remaining, false);
    }
    int gained = percentage - firstPercentage;
    if (gained <= 0) {
      return null;
    }
    long perPoint = (nanos - firstNanos) / gained;
    int left = Math.max(0, DONE - percentage);
    // Rounding down both reports, the job may have gained up to one point less than it seems.
    long slowestPerPoint = (nanos - firstNanos) / Math.max(1, gained - 1);
    return new Estimate(perPoint * left, perPoint, slowestPerPoint * left, true);
  }
}
