package io.sharedo.export.core.internal;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.BiFunction;

/** How the blocking methods wait for asynchronous work, and how two exports make one result. Stateless. */
public final class Futures {
  private Futures() {}

  /**
   * Waits for a future; an interrupt cancels it (and so its work) and throws EXPORT_009.
   *
   * @param <T> the result type
   * @param future the work
   * @return its result
   * @throws ExportException the work's failure; {@link ExportCancelledException} when interrupted
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, false, "the waiting thread was interrupted");
    } catch (CancellationException e) {
      throw new ExportCancelledException(null, false, "the call was cancelled");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExportException error) {
        throw error;
      }
      throw new ExportException(ExportErrorCode.NETWORK_ERROR, "the export failed unexpectedly: " + e.getCause(),
          Map.of(), e.getCause());
    }
  }

  /**
   * Combines two futures. The first failure fails the result and cancels the other future;
   * cancelling the result cancels both.
   *
   * @param <A> the first result type
   * @param <B> the second result type
   * @param <R> the combined type
   * @param first the first future
   * @param second the second future
   * @param combine makes the result of both
   * @return the combined future
   */
  public static <A, B, R> CompletableFuture<R> both(CompletableFuture<A> first, CompletableFuture<B> second,
      BiFunction<A, B, R> combine) {
    CompletableFuture<R> result = new CompletableFuture<>();
    result.whenComplete((value, error) -> {
      if (error != null) {
        first.cancel(true);
        second.cancel(true);
      }
    });
    first.whenComplete((value, error) -> failWith(result, error));
    second.whenComplete((value, error) -> failWith(result, error));
    first.thenCombine(second, combine).whenComplete((value, error) -> {
      if (error == null) {
        result.complete(value);
      } else {
        failWith(result, error);
      }
    });
    return result;
  }

  private static void failWith(CompletableFuture<?> result, Throwable error) {
    if (error != null) {
      result.completeExceptionally(unwrap(error));
    }
  }

  /**
   * The failure itself, out of the {@link CompletionException} a dependent stage wraps it in.
   *
   * @param error what a stage completed with
   * @return its cause when it is such a wrapper with a cause, otherwise the error
   */
  public static Throwable unwrap(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
