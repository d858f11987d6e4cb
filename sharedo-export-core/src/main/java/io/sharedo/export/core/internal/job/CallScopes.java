package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Lets a call's own listener hear the retries of that call. The HTTP layer's retrier is shared by
 * every call of a client and reports a retry with the export's parameters only; so each call works
 * with its own copy of its parameters, registered here with its listener, and the retrier's listener
 * finds the call by that copy's identity (equal parameters of two concurrent calls stay apart).
 * Thread-safe.
 */
public final class CallScopes {
  private final ExportListener clientListener;
  private final Map<ExportParams, ExportListener> listeners = Collections.synchronizedMap(new IdentityHashMap<>());

  /**
   * Creates the scopes.
   *
   * @param clientListener the guarded client-wide listener
   */
  public CallScopes(ExportListener clientListener) {
    this.clientListener = clientListener;
  }

  /**
   * The listener to give the shared retrier: it tells the client-wide listener, then the listener
   * of the call the parameters belong to.
   *
   * @return the routing listener
   */
  public ExportListener retryListener() {
    return new ExportListener() {
      @Override
      public void retryScheduled(ExportParams params, String operation, int attempt, Duration delay,
          ExportException cause) {
        clientListener.retryScheduled(params, operation, attempt, delay, cause);
        ExportListener own = listeners.get(params);
        if (own != null) {
          own.retryScheduled(params, operation, attempt, delay, cause);
        }
      }
    };
  }

  /**
   * Opens a call's scope.
   *
   * @param params the caller's parameters
   * @param listener the call's own listener, {@link ExportListener#NONE} for none
   * @return the parameters the call must use (a private copy when it has a listener), to be given
   *     to {@link #close(ExportParams)} when the call ends
   */
  public ExportParams open(ExportParams params, ExportListener listener) {
    if (listener == ExportListener.NONE) {
      return params;
    }
    ExportParams own = new ExportParams(params.type(), params.provider(), params.systemName(), params.environment(),
        params.options());
    listeners.put(own, SafeListener.wrap(listener));
    return own;
  }

  /**
   * Closes a call's scope.
   *
   * @param params what {@link #open} returned
   */
  public void close(ExportParams params) {
    listeners.remove(params);
  }
}
