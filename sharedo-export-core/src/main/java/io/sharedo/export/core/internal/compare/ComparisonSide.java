package io.sharedo.export.core.internal.compare;

import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.Futures;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Names the environment in the failure of one side of a comparison. A comparison fails with the
 * first side's failure, and many failures (a refused token, an unreachable server) do not say which
 * environment they came from: the caller saw "the identity server refused the grant" and could not
 * tell uat from vnext. Stateless.
 */
public final class ComparisonSide {
  private ComparisonSide() {}

  /**
   * The same export, whose plain {@link ExportException} failure is prefixed with the environment
   * ({@code "vnext: ..."}) and carries it as the {@code environment} detail. Failures that say it
   * already, and the timeout and cancellation subclasses (whose type callers test), stay as they are.
   * Cancelling the returned future cancels the export.
   *
   * @param environment the side's environment
   * @param export the side's export
   * @param <T> the result type
   * @return the labelled export
   */
  public static <T> CompletableFuture<T> labelled(String environment, CompletableFuture<T> export) {
    CompletableFuture<T> labelled = new CompletableFuture<>();
    export.whenComplete((value, error) -> {
      if (error == null) {
        labelled.complete(value);
      } else {
        labelled.completeExceptionally(label(environment, error));
      }
    });
    labelled.whenComplete((value, error) -> {
      if (labelled.isCancelled()) {
        export.cancel(true);
      }
    });
    return labelled;
  }

  static Throwable label(String environment, Throwable error) {
    Throwable cause = Futures.unwrap(error);
    if (cause.getClass() != ExportException.class) {
      return cause;
    }
    ExportException failure = (ExportException) cause;
    if (environment.equals(failure.details().get("environment"))) {
      return failure;
    }
    Map<String, String> details = new HashMap<>(failure.details());
    details.put("environment", environment);
    return new ExportException(failure.code(), environment + ": " + failure.getMessage(), Map.copyOf(details),
        failure, failure.isRecoverable());
  }
}
