package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportTimeoutException;

/**
 * One line per error code telling an administrator what to try next. Stateless, thread-safe.
 */
final class ErrorHints {

  private ErrorHints() {}

  /**
   * The hint for a failure: a time-out names the option of the limit it hit.
   *
   * @param error the failure
   * @param fallbackAllowed whether the command gave {@code --fallback} (then it is never suggested)
   * @return one line, never null
   */
  static String hintFor(ExportException error, boolean fallbackAllowed) {
    if (error instanceof ExportTimeoutException timeout && timeout.limit() != null) {
      return switch (timeout.limit()) {
        case DEADLINE -> "the job did not finish in time: try again later, or give it longer with --timeout";
        case STALL -> "the job made no progress for too long: try again later, or allow longer with --stall-limit";
        case POLL_BUDGET -> "the job needed more progress requests than allowed: give it longer with --timeout";
      };
    }
    if (error.code() == ExportErrorCode.JOB_CREATION_FAILED && "404".equals(error.details().get("httpStatus"))) {
      return "check the server's URL (--server or the environments file): ShareDo's base URL, with its path"
          + (fallbackAllowed ? "" : "; if that server has no package export, try --fallback");
    }
    if (error.code() == ExportErrorCode.NETWORK_ERROR && "token".equals(error.details().get("operation"))) {
      return "cannot reach the identity server: check --identity-url (or the environments file), the network"
          + " and any proxy";
    }
    if (error.code() == ExportErrorCode.DOWNLOAD_FAILED && error.details().containsKey("destination")) {
      // The library found the destination unwritable before creating any job: not a network matter.
      return "check that the --out folder exists and that you may write to it, or choose another";
    }
    return hintFor(error.code(), fallbackAllowed);
  }

  /**
   * The hint for an error code, for a command that did not give {@code --fallback}.
   *
   * @param code the code
   * @return one line, never null
   */
  static String hintFor(ExportErrorCode code) {
    return hintFor(code, false);
  }

  /**
   * The hint for an error code.
   *
   * @param code the code
   * @param fallbackAllowed whether the command gave {@code --fallback} (then it is never suggested)
   * @return one line, never null
   */
  static String hintFor(ExportErrorCode code, boolean fallbackAllowed) {
    // A switch expression over the enum: adding a code without a hint fails the build.
    return switch (code) {
      case JOB_CREATION_FAILED ->
          "check that the type and system name exist on that server and that your account may export them";
      case JOB_TIMED_OUT ->
          "the server is slow or stuck: try again later, or give it longer with --timeout (or --stall-limit)";
      case JOB_FAILED -> fallbackAllowed
          ? "the job failed or expired on the server: read its message, then export again"
          : "the job failed or expired on the server: read its message, export again, or try --fallback";
      case DOWNLOAD_FAILED -> "the download kept breaking off: check the network or proxy, then export again";
      case EXTRACTION_FAILED -> "check free disk space and that the temporary and output folders are writable";
      case VALIDATION_FAILED ->
          "the package is damaged, unsafe or not a ShareDo package: export it again,"
              + " or report it to the server's admin";
      case NETWORK_ERROR ->
          "cannot reach the server: check --server, the network and any proxy (a slow server: --request-timeout)";
      case AUTHENTICATION_FAILED ->
          "check --token, or --client-id/--client-secret/--identity-url (or SHAREDO_TOKEN / SHAREDO_CLIENT_SECRET),"
              + " the grant (--impersonate-user/--impersonate-fixed) or the environments file";
      case CANCELLED -> "the export was cancelled; run the command again to do it";
    };
  }
}
