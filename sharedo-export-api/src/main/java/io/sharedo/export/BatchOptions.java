package io.sharedo.export;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How a batch of exports runs. Immutable; create with {@link #builder()} or take {@link #defaults()}.
 *
 * @param concurrency how many exports run at once (default 5)
 * @param failFast stop starting new exports after the first failure, and cancel those running (default false)
 * @param requestsPerSecondPerServer the most requests per second sent to one server, or 0 for no limit (default 0)
 * @param itemTimeout the deadline of each export, from its start (default 30 minutes)
 * @param outputDirectory the folder that receives one package file per item, or null to keep none (default null);
 *     each file is named {@code <type>-<systemName>-<environment>.zip} (characters unsafe in file names
 *     replaced by {@code _}), and items that would share a name get {@code -2}, {@code -3}, ... in input order
 */
public record BatchOptions(int concurrency, boolean failFast, double requestsPerSecondPerServer, Duration itemTimeout,
    @Nullable Path outputDirectory) {

  private static final BatchOptions DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param concurrency how many exports run at once (default 5)
   * @param failFast stop starting new exports after the first failure, and cancel those running (default false)
   * @param requestsPerSecondPerServer the most requests per second sent to one server, or 0 for no limit (default 0)
   * @param itemTimeout the deadline of each export, from its start (default 30 minutes)
   * @param outputDirectory the folder that receives one package file per item, or null to keep none
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public BatchOptions {
    Checks.atLeast(concurrency, 1, "concurrency");
    if (!(requestsPerSecondPerServer >= 0) || Double.isInfinite(requestsPerSecondPerServer)) {
      throw new IllegalArgumentException(
          "requestsPerSecondPerServer must be 0 (no limit) or a positive finite number, was " + requestsPerSecondPerServer);
    }
    Checks.positive(itemTimeout, "itemTimeout");
  }

  /**
   * Options that keep no package files.
   *
   * @param concurrency how many exports run at once
   * @param failFast stop at the first failure
   * @param requestsPerSecondPerServer the most requests per second sent to one server, or 0 for no limit
   * @param itemTimeout the deadline of each export, from its start
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public BatchOptions(int concurrency, boolean failFast, double requestsPerSecondPerServer, Duration itemTimeout) {
    this(concurrency, failFast, requestsPerSecondPerServer, itemTimeout, null);
  }

  /**
   * The defaults: concurrency 5, no fail-fast, no rate limit, 30 minutes per item, no package files kept.
   *
   * @return the default options
   */
  public static BatchOptions defaults() {
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

  /** Builds {@link BatchOptions}. Not thread-safe. */
  public static final class Builder {
    private int concurrency = 5;
    private boolean failFast;
    private double requestsPerSecondPerServer;
    private Duration itemTimeout = Duration.ofMinutes(30);
    private @Nullable Path outputDirectory;

    private Builder() {}

    /**
     * How many exports run at once.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public Builder concurrency(int value) {
      this.concurrency = Checks.atLeast(value, 1, "concurrency");
      return this;
    }

    /**
     * Whether the first failure stops the batch.
     *
     * @param value true to stop at the first failure
     * @return this builder
     */
    public Builder failFast(boolean value) {
      this.failFast = value;
      return this;
    }

    /**
     * The most requests per second sent to one server; 0 for no limit.
     *
     * @param value 0 or a positive number
     * @return this builder
     */
    public Builder requestsPerSecondPerServer(double value) {
      this.requestsPerSecondPerServer = value;
      return this;
    }

    /**
     * The deadline of each export.
     *
     * @param value a positive duration
     * @return this builder
     * @throws IllegalArgumentException when null, zero or negative
     */
    public Builder itemTimeout(Duration value) {
      this.itemTimeout = Checks.positive(value, "itemTimeout");
      return this;
    }

    /**
     * Keeps every item's package in this folder (default: none kept); see {@link BatchOptions#outputDirectory()}.
     * The folder must exist and be writable when the batch starts.
     *
     * @param value the folder
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder outputDirectory(Path value) {
      this.outputDirectory = Checks.notNull(value, "outputDirectory");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     * @throws IllegalArgumentException when an option is invalid
     */
    public BatchOptions build() {
      return new BatchOptions(concurrency, failFast, requestsPerSecondPerServer, itemTimeout, outputDirectory);
    }
  }
}
