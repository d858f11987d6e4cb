package io.sharedo.export.core.internal.http;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;

/**
 * Says in words what a failed connection means. The JDK HTTP client reports a refused connection as
 * a {@code ConnectException} without a message, which users saw as a bare class name. Stateless.
 */
public final class NetworkErrors {
  private NetworkErrors() {}

  /**
   * What went wrong, for a message: "connection refused", "unknown host", or the exception's own words.
   *
   * @param error the I/O failure
   * @return a short lower-case description
   */
  public static String describe(Throwable error) {
    // The JDK client wraps an unresolvable name in a ConnectException without a message: look for
    // the name first, or it reads as a refused connection.
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host";
      }
    }
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof HttpConnectTimeoutException) {
        return "no connection within the connect timeout";
      }
      if (t instanceof HttpTimeoutException) {
        return "no answer within the request timeout";
      }
      if (t instanceof ConnectException) {
        return t.getMessage() == null || t.getMessage().isBlank() ? "connection refused"
            : t.getMessage().toLowerCase(Locale.ROOT);
      }
    }
    return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
  }
}
