package io.sharedo.export.core;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The specification's recovery strategies; see {@link RecoveryPolicy#defaults()}. Stateless. */
final class DefaultRecoveryPolicy implements RecoveryPolicy {
  static final DefaultRecoveryPolicy INSTANCE = new DefaultRecoveryPolicy();

  private DefaultRecoveryPolicy() {}

  @Override
  public Decision decide(Failure failure) {
    ExportException error = failure.error();
    switch (failure.operation()) {
      case "monitor":
        return extendOnce(failure);
      case "export":
        return fallBackIfAllowed(failure);
      default:
        return retryIfTransient(failure, error);
    }
  }

  private static Decision extendOnce(Failure failure) {
    // A job that reaches the deadline is still moving (a stalled one ends by the stall limit first),
    // so it is worth half the deadline more, once; a spent poll budget is not extended.
    if (failure.attempt() == 1 && failure.error() instanceof ExportTimeoutException timeout
        && timeout.limit() == ExportTimeoutException.Limit.DEADLINE) {
      Duration deadline = Duration.parse(timeout.limitValue());
      Duration half = deadline.dividedBy(2);
      return Decision.extendDeadline(half.isZero() ? Duration.ofMillis(1) : half);
    }
    return Decision.fail();
  }

  private static Decision fallBackIfAllowed(Failure failure) {
    if (failure.params() == null || !failure.params().options().allowFallback()) {
      return Decision.fail();
    }
    ExportException error = failure.error();
    if ("true".equals(error.details().get("nonShareDoAnswer"))) {
      // A web page instead of ShareDo's answer means a wrong base URL or a proxy: the configuration
      // export behind the same URL would answer the same page.
      return Decision.fail();
    }
    boolean jobFailed = error.code() == ExportErrorCode.JOB_FAILED;
    boolean noPackageExport = error.code() == ExportErrorCode.JOB_CREATION_FAILED
        && "404".equals(error.details().get("httpStatus"));
    return jobFailed || noPackageExport ? Decision.fallBack() : Decision.fail();
  }

  private static Decision retryIfTransient(Failure failure, ExportException error) {
    if (error.code() != ExportErrorCode.NETWORK_ERROR || !error.isRecoverable()
        || failure.attempt() >= failure.retrySettings().maxAttempts()) {
      return Decision.fail();
    }
    String retryAfter = error.details().get("retryAfterMillis");
    if (retryAfter != null) {
      return Decision.retryAfter(Duration.ofMillis(Long.parseLong(retryAfter)));
    }
    RetrySettings settings = failure.retrySettings();
    Duration backoff = settings.backoff(failure.attempt());
    double spread = settings.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    long millis = Math.max(1, Math.round(backoff.toMillis() * (1 + spread)));
    return Decision.retryAfter(Duration.ofMillis(millis));
  }
}
