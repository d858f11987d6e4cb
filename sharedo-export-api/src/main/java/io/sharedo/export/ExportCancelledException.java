package io.sharedo.export;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@link ExportErrorCode#CANCELLED}: the caller cancelled the export (by cancelling its future,
 * interrupting the waiting thread, or cancelling a batch). {@link #serverNotified()} says whether
 * the server acknowledged the cancellation; a server without a cancel endpoint keeps running the
 * job, which then simply expires.
 */
public class ExportCancelledException extends ExportException {
  private static final long serialVersionUID = 1L;

  /** Whether the server acknowledged the cancellation. */
  private final boolean serverNotified;

  /**
   * Creates the exception.
   *
   * @param jobId the cancelled job, or null when it was cancelled before the server created it
   * @param serverNotified whether the server acknowledged the cancellation
   * @param message what happened
   */
  public ExportCancelledException(@Nullable String jobId, boolean serverNotified, String message) {
    super(ExportErrorCode.CANCELLED, message, details(jobId, serverNotified), null);
    this.serverNotified = serverNotified;
  }

  private static Map<String, String> details(@Nullable String jobId, boolean serverNotified) {
    return jobId == null
        ? Map.of("serverNotified", Boolean.toString(serverNotified))
        : Map.of("jobId", jobId, "serverNotified", Boolean.toString(serverNotified));
  }

  /**
   * Whether the server acknowledged the cancellation.
   *
   * @return true when the server answered the cancel request with success
   */
  public boolean serverNotified() {
    return serverNotified;
  }
}
