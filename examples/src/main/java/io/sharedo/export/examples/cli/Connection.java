package io.sharedo.export.examples.cli;

import io.sharedo.export.core.Environment;
import java.net.URI;

/**
 * How to reach one environment's ShareDo server, as resolved from the command line, the environments
 * file and the environment variables. Immutable. {@link #toString()} never shows the token or secret.
 *
 * @param server the server's base URL
 * @param token a fixed bearer token, or null
 * @param clientId the OAuth client id, or null
 * @param clientSecret the OAuth client secret, or null
 * @param identityUrl the identity server's base URL, or null
 * @param impersonateUser the user to act as ({@code Impersonate.Specified}), or null
 * @param impersonateProvider that user's identity provider, or null
 * @param impersonateFixed whether to ask for {@code Impersonate.Fixed}
 * @param exportConfigName the export configuration name, or null for the library's default
 */
record Connection(URI server, String token, String clientId, String clientSecret, URI identityUrl,
    String impersonateUser, String impersonateProvider, boolean impersonateFixed, String exportConfigName) {

  /**
   * The library's environment for this connection.
   *
   * @return the environment
   * @throws IllegalArgumentException when the library refuses a value
   */
  Environment toEnvironment() {
    Environment.Builder environment = Environment.builder(server);
    if (token != null) {
      environment.bearerToken(token);
    } else {
      environment.clientCredentials(identityUrl, clientId, clientSecret);
      if (impersonateUser != null) {
        environment.impersonate(impersonateUser, impersonateProvider);
      } else if (impersonateFixed) {
        environment.impersonateFixed();
      }
    }
    if (exportConfigName != null) {
      environment.exportConfigName(exportConfigName);
    }
    return environment.build();
  }

  @Override
  public String toString() {
    return "Connection[server=" + server + (token != null ? ", bearer token" : ", client " + clientId
        + " via " + identityUrl + (impersonateUser != null ? " as " + impersonateUser
            : impersonateFixed ? " as its fixed user" : "")) + "]";
  }
}
