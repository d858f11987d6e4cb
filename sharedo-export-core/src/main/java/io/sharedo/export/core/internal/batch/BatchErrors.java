package io.sharedo.export.core.internal.batch;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** Turns whatever an item's future failed with into an {@link ExportException}, never losing the cause. */
final class BatchErrors {
  private BatchErrors() {}

  /**
   * The failure as an export exception: an {@link ExportException} as it is; a cancellation as
   * EXPORT_009; an I/O failure as EXPORT_007; a timeout as EXPORT_002; anything else as EXPORT_003,
   * not recoverable, with the original as its cause.
   *
   * @param failure what the item's future completed with
   * @param params the item
   * @param cancelReason why the batch cancelled its items, or null when it did not
   */
  static ExportException toExportException(Throwable failure, ExportParams params, @Nullable String cancelReason) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ExportException export) {
      return export;
    }
    String item = describe(params);
    if (cause instanceof CancellationException || cause instanceof InterruptedException) {
      return cancelled(params, cancelReason == null ? "the export was cancelled" : cancelReason);
    }
    Map<String, String> details = Map.of("environment", params.environment(), "systemName", params.systemName());
    if (cause instanceof IOException || cause instanceof UncheckedIOException) {
      return new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the export of " + item + " failed with an I/O error (" + cause + "); check that the server is "
              + "reachable and run the item again", details, cause);
    }
    if (cause instanceof TimeoutException) {
      return new ExportException(ExportErrorCode.JOB_TIMED_OUT,
          "the export of " + item + " did not finish in time; raise BatchOptions.itemTimeout or run the item "
              + "again later", details, cause);
    }
    return new ExportException(ExportErrorCode.JOB_FAILED,
        "the export of " + item + " failed unexpectedly (" + cause + "); this is probably a bug in the "
            + "library, please report it with the stack trace", details, cause, false);
  }

  /**
   * The outcome error of an item the batch cancelled or never started.
   *
   * @param params the item
   * @param reason why, for example {@code "the batch was cancelled"}
   */
  static ExportCancelledException cancelled(ExportParams params, String reason) {
    return new ExportCancelledException(null, false, describe(params) + " was not exported: " + reason);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private static String describe(ExportParams params) {
    return params.type() + " '" + params.systemName() + "' from " + params.environment();
  }
}
