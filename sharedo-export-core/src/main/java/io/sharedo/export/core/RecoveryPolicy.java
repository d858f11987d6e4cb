package io.sharedo.export.core;

import io.sharedo.export.ExportException;
import io.sharedo.export.ExportParams;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Decides what the client does after a failure: try the request again after a delay, extend the
 * monitoring deadline, fall back to the configuration export API, or fail. The client asks it for
 * every failed request ({@code "create"}, {@code "poll"}, {@code "download"}, {@code "cancel"},
 * {@code "token"}, {@code "fallback"}), when a monitoring limit is exceeded ({@code "monitor"}), and
 * when an export fails ({@code "export"}). Re-authentication after a 401 is not a policy decision:
 * it always happens once.
 *
 * <p>{@link #defaults()} applies the strategies of the specification. Implementations must be
 * thread-safe, fast and must not block; an exception they throw fails the export with the original error.
 */
@FunctionalInterface
public interface RecoveryPolicy {

  /**
   * Decides what to do after a failure.
   *
   * @param failure what failed, and how often already
   * @return the decision, never null
   */
  Decision decide(Failure failure);

  /**
   * The specification's strategies: backoff with jitter on network errors, 5xx, 429 and 503
   * (honouring {@code Retry-After}) up to {@link RetrySettings#maxAttempts()}; one deadline
   * extension by half the deadline (a stalled job ends by the stall limit instead); fallback to the configuration
   * export when the job failed (EXPORT_003) or the package export does not exist (HTTP 404) and the
   * caller allowed it; otherwise fail.
   *
   * @return the default policy
   */
  static RecoveryPolicy defaults() {
    return DefaultRecoveryPolicy.INSTANCE;
  }

  /**
   * A failure to decide about. Immutable.
   *
   * @param params the export it belongs to, or null for a request outside an export (for example a
   *     direct {@code getJobStatus} call)
   * @param operation what failed: {@code "create"}, {@code "poll"}, {@code "download"},
   *     {@code "cancel"}, {@code "token"}, {@code "fallback"}, {@code "monitor"} or {@code "export"}
   * @param error the failure
   * @param attempt how many times this operation has failed so far (from 1)
   * @param retrySettings the client's retry settings
   */
  record Failure(@Nullable ExportParams params, String operation, ExportException error, int attempt,
      RetrySettings retrySettings) {

    /**
     * Creates the record, checking every argument.
     *
     * @param params the export, or null
     * @param operation what failed
     * @param error the failure
     * @param attempt how many times it has failed (from 1)
     * @param retrySettings the client's retry settings
     * @throws IllegalArgumentException naming the argument when one is invalid
     */
    public Failure {
      Args.notBlank(operation, "operation");
      Args.notNull(error, "error");
      Args.atLeast(attempt, 1, "attempt");
      Args.notNull(retrySettings, "retrySettings");
    }
  }

  /** What a {@link Decision} asks the client to do. */
  enum Action {
    /** Try the failed request again after {@link Decision#delay()}. */
    RETRY,
    /** Keep monitoring for {@link Decision#delay()} longer than the deadline. */
    EXTEND_DEADLINE,
    /** Export through the configuration export API instead. */
    FALL_BACK,
    /** Give up with the error. */
    FAIL
  }

  /**
   * A decision. Immutable; create one with the static factories.
   *
   * @param action what to do
   * @param delay the retry delay or deadline extension; zero for the other actions
   */
  record Decision(Action action, Duration delay) {

    private static final Decision FAIL = new Decision(Action.FAIL, Duration.ZERO);
    private static final Decision FALL_BACK = new Decision(Action.FALL_BACK, Duration.ZERO);

    /**
     * Creates the record, checking every argument.
     *
     * @param action what to do
     * @param delay the retry delay or deadline extension
     * @throws IllegalArgumentException naming the argument when one is invalid
     */
    public Decision {
      Args.notNull(action, "action");
      Args.notNull(delay, "delay");
      if (delay.isNegative()) {
        throw new IllegalArgumentException("delay cannot be negative, was " + delay);
      }
    }

    /**
     * Retry after a delay.
     *
     * @param delay how long to wait first
     * @return the decision
     */
    public static Decision retryAfter(Duration delay) {
      return new Decision(Action.RETRY, delay);
    }

    /**
     * Keep monitoring longer.
     *
     * @param extension how much longer
     * @return the decision
     */
    public static Decision extendDeadline(Duration extension) {
      return new Decision(Action.EXTEND_DEADLINE, Args.positive(extension, "extension"));
    }

    /**
     * Fall back to the configuration export API.
     *
     * @return the decision
     */
    public static Decision fallBack() {
      return FALL_BACK;
    }

    /**
     * Give up.
     *
     * @return the decision
     */
    public static Decision fail() {
      return FAIL;
    }
  }
}
