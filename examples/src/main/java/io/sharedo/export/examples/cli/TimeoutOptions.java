package io.sharedo.export.examples.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The time limits every server-facing command takes: how long one request may wait for an
 * answer, how long a job may take in all, and how long it may make no progress. Unset options keep
 * the library's defaults. Filled in by picocli; not thread-safe, used on the command's thread only.
 */
final class TimeoutOptions {

  @Option(names = "--request-timeout", paramLabel = "DURATION", converter = CliDurations.class,
      description = "How long one request may wait for the server's answer, e.g. 30s (default 60s).")
  private Duration requestTimeout;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = CliDurations.class,
      description = "How long a job may take from its start, e.g. 10m (default 30m).")
  private Duration timeout;

  @Option(names = "--stall-limit", paramLabel = "DURATION", converter = CliDurations.class,
      description = "How long a job may report no progress before it is given up, e.g. 2m (default 5m).")
  private Duration stallLimit;

  /**
   * The limits given.
   *
   * @return the limits; a component is null when its option was not given
   */
  Timeouts resolve() {
    return new Timeouts(requestTimeout, timeout, stallLimit);
  }
}
