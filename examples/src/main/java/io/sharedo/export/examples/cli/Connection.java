package io.sharedo.export.examples.cli;

import java.net.URI;

/**
 * How to reach the ShareDo server, as resolved from the command line and the environment.
 * Immutable. {@link #toString()} never shows the token or secret.
 *
 * @param server the server's base URL, or null to use the built-in fake server
 * @param token a fixed bearer token, or null
 * @param clientId the OAuth client id, or null
 * @param clientSecret the OAuth client secret, or null
 * @param identityUrl the identity server's base URL, or null
 * @param timeouts the time limits given on the command line
 */
record Connection(URI server, String token, String clientId, String clientSecret, URI identityUrl,
    Timeouts timeouts) {

  /**
   * The connection that starts the built-in fake server.
   *
   * @param timeouts the time limits given on the command line
   * @return a connection without a server
   */
  static Connection builtInFakeServer(Timeouts timeouts) {
    return new Connection(null, null, null, null, null, timeouts);
  }

  /**
   * Whether this connection uses the built-in fake server.
   *
   * @return true when no server was given
   */
  boolean usesFakeServer() {
    return server == null;
  }

  @Override
  public String toString() {
    if (server == null) {
      return "Connection[built-in fake server]";
    }
    return "Connection[server=" + server + (token != null ? ", bearer token" : ", client " + clientId
        + " via " + identityUrl) + "]";
  }
}
