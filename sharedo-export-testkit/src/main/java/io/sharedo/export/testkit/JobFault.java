package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * Faults that change how a job runs on the server. Made by the factories of
 * {@link Fault}; the records are public so a test can match on them. Immutable and thread-safe.
 */
public sealed interface JobFault extends Fault {
  /**
   * See {@link Fault#jobFails(String)}.
   *
   * @param message why it failed
   */
  record JobFails(String message) implements JobFault {
    /** Checks the argument. */
    public JobFails {
      Args.notBlank(message, "message");
    }
  }

  /**
   * See {@link Fault#packageCreationFails(String)}.
   *
   * @param message why packaging failed
   */
  record PackageCreationFails(String message) implements JobFault {
    /** Checks the argument. */
    public PackageCreationFails {
      Args.notBlank(message, "message");
    }
  }

  /** See {@link Fault#jobNeverFinishes()}. */
  record JobNeverFinishes() implements JobFault {}

  /**
   * See {@link Fault#stallAt(int)}.
   *
   * @param percentage where progress freezes
   */
  record StallAt(int percentage) implements JobFault {
    /** Checks the argument. */
    public StallAt {
      if (percentage < 0 || percentage > 99) {
        throw new IllegalArgumentException("percentage must be within 0..99: " + percentage);
      }
    }
  }

  /** See {@link Fault#progressNotFound()}. */
  record ProgressNotFound() implements JobFault {}

  /** See {@link Fault#tokenExpiresMidJob()}. */
  record TokenExpiresMidJob() implements JobFault {}
}
