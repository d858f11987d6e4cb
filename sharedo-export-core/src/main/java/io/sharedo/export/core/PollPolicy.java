package io.sharedo.export.core;

import java.time.Duration;

/**
 * How the client polls a job's progress, and the three limits that end monitoring with
 * {@code EXPORT_002}. Polling is adaptive:
 *
 * <ul>
 *   <li>a job created a moment ago is first polled {@code initialInterval} after its creation (an
 *       immediate poll would only see it starting); a job created earlier is polled at once;
 *   <li>while the job's pace is unknown the wait starts at {@code initialInterval} and grows by half
 *       after each poll up to {@code maxInterval}, spread by {@code jitter};
 *   <li>once two percentages show the job's pace, a wait that would pass the predicted end is
 *       replaced by one that ends just at it, so a job is seen finished soon after it finishes
 *       without frequent polling; such a wait may be shorter than {@code initialInterval}, never
 *       shorter than a fifth of it. When the end comes later than predicted and the percentage
 *       stops moving, the wait backs off again from that fifth.
 * </ul>
 *
 * <p>A {@code Retry-After} from the server is always honoured. Immutable and thread-safe.
 *
 * @param initialInterval the first wait, and where the back-off starts
 * @param maxInterval the longest interval between two polls
 * @param defaultDeadline the overall deadline used when the caller gives none
 * @param pollBudget the most progress requests one job may use
 * @param stallTimeout how long a job may make no progress before monitoring gives up
 * @param jitter a fraction (0.0..1.0) by which each interval is randomly shortened or lengthened
 */
public record PollPolicy(
    Duration initialInterval,
    Duration maxInterval,
    Duration defaultDeadline,
    int pollBudget,
    Duration stallTimeout,
    double jitter) {

  private static final PollPolicy DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param initialInterval the first wait, and where the back-off starts
   * @param maxInterval the longest interval between two polls
   * @param defaultDeadline the overall deadline used when the caller gives none
   * @param pollBudget the most progress requests one job may use
   * @param stallTimeout how long a job may make no progress before monitoring gives up
   * @param jitter a fraction (0.0..1.0) by which each interval is randomly shortened or lengthened
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public PollPolicy {
    Args.positive(initialInterval, "initialInterval");
    Args.positive(maxInterval, "maxInterval");
    if (maxInterval.compareTo(initialInterval) < 0) {
      throw new IllegalArgumentException("maxInterval cannot be shorter than initialInterval");
    }
    Args.positive(defaultDeadline, "defaultDeadline");
    Args.atLeast(pollBudget, 1, "pollBudget");
    Args.positive(stallTimeout, "stallTimeout");
    Args.fraction(jitter, "jitter");
  }

  /**
   * The defaults: 1 s initial, 10 s max, 30 min deadline, 1,000 polls, 5 min stall limit, 10% jitter.
   *
   * @return the default policy
   */
  public static PollPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PollPolicy}. Not thread-safe; {@link #build()} returns an immutable record. */
  public static final class Builder {
    private Duration initialInterval = Duration.ofSeconds(1);
    private Duration maxInterval = Duration.ofSeconds(10);
    private Duration defaultDeadline = Duration.ofMinutes(30);
    private int pollBudget = 1_000;
    private Duration stallTimeout = Duration.ofMinutes(5);
    private double jitter = 0.1;

    private Builder() {}

    /**
     * The first wait, and where the back-off starts; aimed waits may be down to a fifth of it.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder initialInterval(Duration value) {
      this.initialInterval = Args.positive(value, "initialInterval");
      return this;
    }

    /**
     * The longest interval between two polls.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxInterval(Duration value) {
      this.maxInterval = Args.positive(value, "maxInterval");
      return this;
    }

    /**
     * The overall deadline when the caller gives none.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder defaultDeadline(Duration value) {
      this.defaultDeadline = Args.positive(value, "defaultDeadline");
      return this;
    }

    /**
     * The most progress requests one job may use.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder pollBudget(int value) {
      this.pollBudget = Args.atLeast(value, 1, "pollBudget");
      return this;
    }

    /**
     * How long a job may make no progress.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder stallTimeout(Duration value) {
      this.stallTimeout = Args.positive(value, "stallTimeout");
      return this;
    }

    /**
     * The random spread of each interval.
     *
     * @param value a fraction within 0.0..1.0
     * @return this builder
     * @throws IllegalArgumentException when outside 0.0..1.0
     */
    public Builder jitter(double value) {
      this.jitter = Args.fraction(value, "jitter");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return an immutable policy
     * @throws IllegalArgumentException when maxInterval is shorter than initialInterval
     */
    public PollPolicy build() {
      return new PollPolicy(initialInterval, maxInterval, defaultDeadline, pollBudget, stallTimeout, jitter);
    }
  }
}
