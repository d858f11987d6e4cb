package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Duration;
import java.util.Set;

/**
 * Faults that answer a request with an error instead of the normal answer. Made by the factories of
 * {@link Fault}; the records are public so a test can match on them. Immutable and thread-safe.
 */
public sealed interface RequestFault extends Fault {
  /**
   * See {@link Fault#tooManyRequests(Duration, int, Endpoint...)}.
   *
   * @param retryAfter the announced delay
   * @param times how many requests
   * @param endpoints which endpoints; empty for any API endpoint
   */
  record TooManyRequests(Duration retryAfter, int times, Set<Endpoint> endpoints) implements RequestFault {
    /** Checks the arguments. */
    public TooManyRequests {
      Args.notNegative(retryAfter);
      Args.atLeastOne(times);
      endpoints = Args.endpoints(endpoints);
    }
  }

  /**
   * See {@link Fault#serviceUnavailable(Duration, boolean, int, Endpoint...)}.
   *
   * @param retryAfter the announced delay
   * @param httpDate whether it is sent as an HTTP date
   * @param times how many requests
   * @param endpoints which endpoints; empty for any API endpoint
   */
  record ServiceUnavailable(Duration retryAfter, boolean httpDate, int times, Set<Endpoint> endpoints)
      implements RequestFault {
    /** Checks the arguments. */
    public ServiceUnavailable {
      Args.notNegative(retryAfter);
      Args.atLeastOne(times);
      endpoints = Args.endpoints(endpoints);
    }
  }

  /**
   * See {@link Fault#serverErrors(Endpoint, int)}.
   *
   * @param endpoint which endpoint
   * @param count how many requests in a row
   */
  record ServerErrors(Endpoint endpoint, int count) implements RequestFault {
    /** Checks the arguments. */
    public ServerErrors {
      Args.notNull(endpoint, "endpoint");
      Args.atLeastOne(count);
    }
  }

  /** See {@link Fault#rejectCredentials()}. */
  record RejectCredentials() implements RequestFault {}

  /** See {@link Fault#packageExportMissing()}. */
  record PackageExportMissing() implements RequestFault {}
}
