package io.sharedo.export.examples.cli;

import java.net.URI;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The connection options every server-facing command takes. Without {@code --server} the tool
 * starts the built-in fake server. Secrets may come from {@code SHAREDO_TOKEN} and
 * {@code SHAREDO_CLIENT_SECRET} instead of the command line (which other users of the machine
 * can see). Filled in by picocli; not thread-safe, used on the command's thread only.
 */
final class ConnectionOptions {

  @Option(names = "--server", paramLabel = "URL",
      description = "The ShareDo server's base URL. Without it, a built-in fake server with demo data is used.")
  private URI server;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "A bearer token (or set SHAREDO_TOKEN).")
  private String token;

  @Option(names = "--client-id", paramLabel = "ID",
      description = "OAuth client id, for client-credentials sign-in.")
  private String clientId;

  @Option(names = "--client-secret", paramLabel = "SECRET",
      description = "OAuth client secret (or set SHAREDO_CLIENT_SECRET).")
  private String clientSecret;

  @Option(names = "--identity-url", paramLabel = "URL",
      description = "The identity server's base URL, for client-credentials sign-in.")
  private URI identityUrl;

  @Mixin
  private TimeoutOptions timeouts = new TimeoutOptions();

  /**
   * Checks the options against each other and resolves secrets from the environment.
   *
   * @param context the run, for its environment variables
   * @return the connection
   * @throws UsageException when options are missing, conflicting or malformed
   */
  Connection resolve(CliContext context) {
    if (server == null) {
      if (token != null || clientId != null || clientSecret != null || identityUrl != null) {
        throw new UsageException("--token, --client-id, --client-secret and --identity-url need --server"
            + " (without --server the built-in fake server is used)");
      }
      return Connection.builtInFakeServer(timeouts.resolve());
    }
    checkHttp(server, "--server");
    if (clientId != null) {
      if (token != null) {
        throw new UsageException("give either --token or --client-id with --client-secret, not both");
      }
      String secret = clientSecret != null
          ? clientSecret
          : blankToNull(context.env().get(Secrets.CLIENT_SECRET_VARIABLE));
      if (secret == null) {
        throw new UsageException("--client-id needs --client-secret (or " + Secrets.CLIENT_SECRET_VARIABLE + ")");
      }
      if (identityUrl == null) {
        throw new UsageException("--client-id needs --identity-url, the identity server's base URL");
      }
      checkHttp(identityUrl, "--identity-url");
      return new Connection(server, null, clientId, secret, identityUrl, timeouts.resolve());
    }
    if (clientSecret != null || identityUrl != null) {
      throw new UsageException("--client-secret and --identity-url need --client-id");
    }
    String bearer = token != null ? token : blankToNull(context.env().get(Secrets.TOKEN_VARIABLE));
    if (bearer == null) {
      throw new UsageException("--server needs credentials: --token (or " + Secrets.TOKEN_VARIABLE
          + "), or --client-id, --client-secret and --identity-url");
    }
    return new Connection(server, bearer, null, null, null, timeouts.resolve());
  }

  private static void checkHttp(URI uri, String option) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new UsageException(option + " must be an http:// or https:// URL, was " + uri);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
