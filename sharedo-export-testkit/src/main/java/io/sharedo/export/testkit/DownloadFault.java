package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * Faults that change how the package travels (or what is reported about it). Made by the factories of
 * {@link Fault}; the records are public so a test can match on them. Immutable and thread-safe.
 */
public sealed interface DownloadFault extends Fault {
  /**
   * See {@link Fault#dropConnectionAt(double)}.
   *
   * @param fraction where the connection drops
   */
  record DropConnectionAt(double fraction) implements DownloadFault {
    /** Checks the argument. */
    public DropConnectionAt {
      if (!(fraction > 0 && fraction < 1)) {
        throw new IllegalArgumentException("fraction must be within (0, 1): " + fraction);
      }
    }
  }

  /**
   * See {@link Fault#truncateBody(double)}.
   *
   * @param fraction how much of each response is sent
   */
  record TruncateBody(double fraction) implements DownloadFault {
    /** Checks the argument. */
    public TruncateBody {
      Args.fraction(fraction);
    }
  }

  /**
   * See {@link Fault#throttleBody(long)}.
   *
   * @param bytesPerSecond the rate
   */
  record ThrottleBody(long bytesPerSecond) implements DownloadFault {
    /** Checks the argument. */
    public ThrottleBody {
      if (bytesPerSecond <= 0) {
        throw new IllegalArgumentException("bytesPerSecond must be positive: " + bytesPerSecond);
      }
    }
  }

  /** See {@link Fault#ignoreRange()}. */
  record IgnoreRange() implements DownloadFault {}

  /** See {@link Fault#checksumMismatch()}. */
  record ChecksumMismatch() implements DownloadFault {}
}
