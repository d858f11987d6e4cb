package io.sharedo.export;

import java.time.Duration;
import java.util.Map;

/**
 * {@link ExportErrorCode#JOB_TIMED_OUT}: the job did not finish within one of the monitoring
 * limits. {@link #limit()} says which one, {@link #limitValue()} its configured value.
 */
public class ExportTimeoutException extends ExportException {
  private static final long serialVersionUID = 1L;

  /** The monitoring limit that was exceeded. */
  public enum Limit {
    /** The overall deadline for the job. */
    DEADLINE,
    /** The maximum number of progress requests. */
    POLL_BUDGET,
    /** No progress for longer than the stall limit. */
    STALL
  }

  /** The exceeded limit. */
  private final Limit limit;
  /** The exceeded limit's configured value. */
  private final String limitValue;

  /**
   * Creates a timeout for a time-based limit ({@link Limit#DEADLINE} or {@link Limit#STALL}).
   *
   * @param limit the limit that was exceeded
   * @param value the configured value of that limit
   * @param jobId the job that timed out
   * @param message what happened and what to do
   */
  public ExportTimeoutException(Limit limit, Duration value, String jobId, String message) {
    this(limit, String.valueOf(Checks.notNull(value, "value")), jobId, message);
  }

  /**
   * Creates a timeout for the poll budget.
   *
   * @param pollBudget the configured number of progress requests
   * @param jobId the job that timed out
   * @param message what happened and what to do
   */
  public ExportTimeoutException(int pollBudget, String jobId, String message) {
    this(Limit.POLL_BUDGET, String.valueOf(pollBudget), jobId, message);
  }

  private ExportTimeoutException(Limit limit, String value, String jobId, String message) {
    super(
        ExportErrorCode.JOB_TIMED_OUT,
        message,
        Map.of("limit", Checks.notNull(limit, "limit").name(), "limitValue", value,
            "jobId", Checks.notBlank(jobId, "jobId")),
        null);
    this.limit = limit;
    this.limitValue = value;
  }

  /**
   * Which limit was exceeded.
   *
   * @return the limit
   */
  public Limit limit() {
    return limit;
  }

  /**
   * The configured value of the exceeded limit, as text (a duration such as {@code PT5M} or a count).
   *
   * @return the limit's value
   */
  public String limitValue() {
    return limitValue;
  }
}
