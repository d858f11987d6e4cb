package io.sharedo.export.core.internal.http;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.function.CheckedSupplier;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.core.RecoveryPolicy;
import io.sharedo.export.core.RecoveryPolicy.Action;
import io.sharedo.export.core.RecoveryPolicy.Decision;
import io.sharedo.export.core.RetrySettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a request with retries: Failsafe drives the loop and the delays, the caller's
 * {@link RecoveryPolicy} decides whether and when to retry each {@link ExportException}. No wait is
 * longer than {@link RetrySettings#maxBackoff()} or ends past the operation's {@link Deadline}:
 * when the server's {@code Retry-After} asks for more, the operation fails at once saying why
 * (a policy's own longer delay is shortened to the maximum). Thread-safe.
 */
public final class Retrier {
  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

  private final RecoveryPolicy policy;
  private final RetrySettings settings;
  private final ExportListener listener;

  /**
   * Creates the retrier.
   *
   * @param policy decides about each failure
   * @param settings passed to the policy
   * @param listener told about each scheduled retry (must not throw)
   */
  public Retrier(RecoveryPolicy policy, RetrySettings settings, ExportListener listener) {
    this.policy = policy;
    this.settings = settings;
    this.listener = listener;
  }

  /**
   * The settings given to the policy.
   *
   * @return the retry settings
   */
  public RetrySettings settings() {
    return settings;
  }

  /**
   * Asks the policy about one failure, treating a throwing policy as "fail".
   *
   * @param params the export, or null
   * @param operation what failed
   * @param error the failure
   * @param attempt how many times it has failed
   * @return the decision
   */
  public Decision decide(@Nullable ExportParams params, String operation, ExportException error, int attempt) {
    try {
      Decision decision = policy.decide(new RecoveryPolicy.Failure(params, operation, error, attempt, settings));
      return decision == null ? Decision.fail() : decision;
    } catch (RuntimeException e) {
      LOG.warn("recovery policy failed while deciding about {}; failing", operation, e);
      return Decision.fail();
    }
  }

  /**
   * Runs {@code attempt} until it succeeds or the policy gives up; the last failure is then thrown.
   *
   * @param <T> the result type
   * @param operation the operation name given to the policy and the listener
   * @param params the export, or null
   * @param attempt one attempt; throws {@link ExportException} on failure
   * @return the result
   * @throws ExportException the last failure; {@link ExportCancelledException} when interrupted
   */
  public <T> T call(String operation, @Nullable ExportParams params, CheckedSupplier<T> attempt) {
    return call(operation, params, Deadline.NONE, attempt);
  }

  /**
   * As {@link #call(String, ExportParams, CheckedSupplier)}, never waiting past {@code deadline}.
   *
   * @param <T> the result type
   * @param operation the operation name given to the policy and the listener
   * @param params the export, or null
   * @param deadline when the operation must have ended
   * @param attempt one attempt; throws {@link ExportException} on failure
   * @return the result
   * @throws ExportException the last failure, or a failure saying why a requested wait was refused;
   *     {@link ExportCancelledException} when interrupted
   */
  public <T> T call(String operation, @Nullable ExportParams params, Deadline deadline, CheckedSupplier<T> attempt) {
    AtomicReference<ExportException> refusal = new AtomicReference<>();
    AtomicInteger failures = new AtomicInteger();
    AtomicReference<Decision> last = new AtomicReference<>(Decision.fail());
    RetryPolicy<T> retry = RetryPolicy.<T>builder()
        .handleIf((result, failure) -> {
          if (!(failure instanceof ExportException error) || failure instanceof ExportCancelledException) {
            return false;
          }
          Decision decision = bounded(decide(params, operation, error, failures.incrementAndGet()), error);
          ExportException refused = refuseWait(operation, error, decision, deadline);
          if (refused != null) {
            refusal.set(refused);
            return false;
          }
          last.set(decision);
          return decision.action() == Action.RETRY;
        })
        .withMaxRetries(-1)
        .withDelayFn(context -> Objects.requireNonNull(last.get(), "set before a retry").delay())
        .onRetryScheduled(event -> {
          ExportException cause = (ExportException) event.getLastException();
          Duration delay = event.getDelay();
          LOG.debug("{} failed ({}); attempt {} in {}", operation, cause.code(), event.getAttemptCount() + 1, delay);
          if (params != null) {
            listener.retryScheduled(params, operation, event.getAttemptCount() + 1, delay, cause);
          }
        })
        .build();
    try {
      return Failsafe.with(retry).get(attempt);
    } catch (ExportException e) {
      ExportException refused = refusal.get();
      throw refused != null && refused.getCause() == e ? refused : e;
    } catch (FailsafeException e) {
      if (e.getCause() instanceof InterruptedException) {
        Thread.currentThread().interrupt();
        throw new ExportCancelledException(null, false, "the waiting thread was interrupted during " + operation);
      }
      throw e;
    }
  }

  /** A policy's own delay beyond the maximum backoff is shortened to it. */
  private Decision bounded(Decision decision, ExportException error) {
    if (decision.action() == Action.RETRY && decision.delay() != null
        && decision.delay().compareTo(settings.maxBackoff()) > 0 && !serverAsked(error)) {
      return Decision.retryAfter(settings.maxBackoff());
    }
    return decision;
  }

  private static boolean serverAsked(ExportException error) {
    return error.details().containsKey("retryAfterMillis");
  }

  /**
   * The failure to throw instead of waiting, when the wait asked for is longer than the retry
   * settings allow or would end past the deadline; null when the wait is fine.
   */
  private @Nullable ExportException refuseWait(String operation, ExportException error, Decision decision, Deadline deadline) {
    if (decision.action() != Action.RETRY || decision.delay() == null) {
      return null;
    }
    Duration wait = decision.delay();
    boolean serverAsked = serverAsked(error);
    String who = serverAsked ? "the server asked to wait " : "the next attempt would wait ";
    String why;
    if (serverAsked && wait.compareTo(settings.maxBackoff()) > 0) {
      why = "longer than the retry settings' maximum backoff of " + Waits.describe(settings.maxBackoff())
          + "; try again later, or raise RetrySettings.maxBackoff";
    } else if (wait.compareTo(deadline.left()) > 0) {
      why = "past the deadline, " + Waits.describe(deadline.left()) + " away; give the job a longer deadline";
    } else {
      return null;
    }
    Map<String, String> details = new HashMap<>(error.details());
    details.put("refusedWaitMillis", Long.toString(wait.toMillis()));
    return new ExportException(error.code(), strip(error) + "; " + who + Waits.describe(wait) + " before " + operation
        + " is tried again, " + why + ": not waiting", details, error, false);
  }

  private static String strip(ExportException error) {
    String message = Objects.requireNonNull(error.getMessage());
    String prefix = error.code().code() + ": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }
}
