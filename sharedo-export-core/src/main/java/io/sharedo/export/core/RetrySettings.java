package io.sharedo.export.core;

import java.time.Duration;

/**
 * How often and how patiently a failed request (network error, 5xx, 429/503) is tried again, and how
 * many times a broken download resumes. The delay doubles from {@code initialBackoff} up to
 * {@code maxBackoff}, spread by {@code jitter}; a {@code Retry-After} from the server replaces it.
 * Immutable and thread-safe.
 *
 * @param maxAttempts the most attempts per request, the first included
 * @param initialBackoff the delay before the first retry
 * @param maxBackoff the longest delay between two attempts
 * @param jitter a fraction (0.0..1.0) by which each delay is randomly shortened or lengthened
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

  private static final RetrySettings DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param maxAttempts the most attempts per request, the first included
   * @param initialBackoff the delay before the first retry
   * @param maxBackoff the longest delay between two attempts
   * @param jitter a fraction (0.0..1.0) by which each delay is randomly shortened or lengthened
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RetrySettings {
    Args.atLeast(maxAttempts, 1, "maxAttempts");
    Args.positive(initialBackoff, "initialBackoff");
    Args.positive(maxBackoff, "maxBackoff");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff cannot be shorter than initialBackoff");
    }
    Args.fraction(jitter, "jitter");
  }

  /**
   * The defaults: 4 attempts, 500 ms doubling up to 30 s, 20% jitter.
   *
   * @return the default settings
   */
  public static RetrySettings defaults() {
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

  /**
   * The delay before attempt {@code attempt + 1} after {@code attempt} failed, without jitter.
   *
   * @param attempt the attempt that failed, from 1
   * @return the backoff delay
   * @throws IllegalArgumentException when attempt is below 1
   */
  public Duration backoff(int attempt) {
    Args.atLeast(attempt, 1, "attempt");
    Duration delay = initialBackoff;
    for (int i = 1; i < attempt && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
  }

  /** Builds {@link RetrySettings}. Not thread-safe; {@link #build()} returns an immutable record. */
  public static final class Builder {
    private int maxAttempts = 4;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private double jitter = 0.2;

    private Builder() {}

    /**
     * The most attempts per request, the first included (1 means no retry).
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxAttempts(int value) {
      this.maxAttempts = Args.atLeast(value, 1, "maxAttempts");
      return this;
    }

    /**
     * The delay before the first retry.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder initialBackoff(Duration value) {
      this.initialBackoff = Args.positive(value, "initialBackoff");
      return this;
    }

    /**
     * The longest delay between two attempts.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder maxBackoff(Duration value) {
      this.maxBackoff = Args.positive(value, "maxBackoff");
      return this;
    }

    /**
     * The random spread of each delay.
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
     * Builds the settings.
     *
     * @return immutable settings
     * @throws IllegalArgumentException when maxBackoff is shorter than initialBackoff
     */
    public RetrySettings build() {
      return new RetrySettings(maxAttempts, initialBackoff, maxBackoff, jitter);
    }
  }
}
