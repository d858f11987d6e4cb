package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchOptions;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.ShareDoExportClientBuilder;
import java.time.Duration;

/**
 * The time limits of one run, from {@link TimeoutOptions}; a null component keeps the library's
 * default. Immutable.
 *
 * @param requestTimeout how long one request may wait for an answer, or null
 * @param deadline how long a job may take in all, or null
 * @param stallLimit how long a job may make no progress, or null
 */
record Timeouts(Duration requestTimeout, Duration deadline, Duration stallLimit) {
  /** No option given: the library's defaults. */
  static final Timeouts DEFAULTS = new Timeouts(null, null, null);

  /**
   * Sets the given limits on a client builder.
   *
   * @param builder the builder
   * @return the builder
   * @throws UsageException when the limits do not fit together
   */
  ShareDoExportClientBuilder applyTo(ShareDoExportClientBuilder builder) {
    if (requestTimeout != null) {
      builder.requestTimeout(requestTimeout);
    }
    if (deadline != null || stallLimit != null) {
      PollPolicy.Builder policy = PollPolicy.builder();
      if (deadline != null) {
        // The default budget of 1,000 polls lasts about 2.7 hours at the longest interval: a longer
        // --timeout must not end by the poll budget instead.
        policy.defaultDeadline(deadline)
            .pollBudget((int) Math.max(PollPolicy.defaults().pollBudget(), deadline.toSeconds() / 5 + 100));
      }
      if (stallLimit != null) {
        policy.stallTimeout(stallLimit);
      }
      try {
        builder.pollPolicy(policy.build());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--timeout and --stall-limit do not fit together: " + e.getMessage());
      }
    }
    return builder;
  }

  /**
   * Sets the deadline of each batch item, when {@code --timeout} was given.
   *
   * @param options the batch options so far
   * @return the builder
   */
  BatchOptions.Builder applyTo(BatchOptions.Builder options) {
    return deadline == null ? options : options.itemTimeout(deadline);
  }
}
