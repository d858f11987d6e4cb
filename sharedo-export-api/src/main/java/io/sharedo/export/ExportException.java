package io.sharedo.export;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type this library raises for a failed export. It carries a stable
 * {@link ExportErrorCode}, a message that says what to do, and details (for example the HTTP
 * status, the job id, or which limit was exceeded) as strings.
 *
 * <p>{@link #getMessage()} is the message alone, so {@code e.code() + ": " + e.getMessage()}
 * prints the code once; {@link #toString()} gives the class, the code and the message.
 *
 * <p>Messages and details never contain tokens, secrets or {@code Authorization} headers.
 * Subclasses exist only where a caller would catch them separately: {@link ExportTimeoutException}
 * and {@link ExportCancelledException}.
 */
public class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The stable error code. */
  private final ExportErrorCode code;
  /** Extra facts; transient, so absent after deserialization. */
  private final transient Map<String, String> details;
  /** Whether retrying can succeed. */
  private final boolean recoverable;

  /**
   * Creates an exception with the code's default recoverability.
   *
   * @param code the error code
   * @param message what happened and what to do
   */
  public ExportException(ExportErrorCode code, String message) {
    this(code, message, Map.of(), null);
  }

  /**
   * Creates an exception with the code's default recoverability.
   *
   * @param code the error code
   * @param message what happened and what to do
   * @param details extra facts, such as {@code httpStatus} or {@code jobId}
   * @param cause the underlying cause, or null
   */
  public ExportException(ExportErrorCode code, String message, Map<String, String> details, @Nullable Throwable cause) {
    this(code, message, details, cause, Checks.notNull(code, "code").recoverableByDefault());
  }

  /**
   * Creates an exception with an explicit recoverability.
   *
   * @param code the error code
   * @param message what happened and what to do
   * @param details extra facts, such as {@code httpStatus} or {@code jobId}
   * @param cause the underlying cause, or null
   * @param recoverable whether retrying can succeed without the caller changing anything
   */
  public ExportException(
      ExportErrorCode code, String message, Map<String, String> details, @Nullable Throwable cause, boolean recoverable) {
    super(Checks.notBlank(message, "message"), cause);
    Checks.notNull(code, "code");
    this.code = code;
    this.details = Checks.copyOf(details, "details");
    this.recoverable = recoverable;
  }

  /**
   * The stable error code.
   *
   * @return the code
   */
  public ExportErrorCode code() {
    return code;
  }

  /**
   * Extra facts about the failure, such as {@code httpStatus}, {@code jobId} or {@code limit}.
   *
   * @return an immutable map, empty when there are none
   */
  public Map<String, String> details() {
    return details == null ? Map.of() : details;
  }

  /**
   * Whether retrying (later, with a longer deadline, or by another export method) can succeed
   * without the caller changing anything.
   *
   * @return true when the failure is worth retrying
   */
  public boolean isRecoverable() {
    return recoverable;
  }

  /**
   * The class, the code and the message, for logs: {@code ExportException: EXPORT_004: ...}.
   *
   * @return a one-line description
   */
  @Override
  public String toString() {
    return getClass().getName() + ": " + code.code() + ": " + getMessage();
  }
}
