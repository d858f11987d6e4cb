package io.sharedo.export.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The connection options every server-facing command takes: {@code --server} and its credentials for
 * one environment, or {@code --environments FILE} with one server per environment (by default the
 * file in {@code $XDG_CONFIG_HOME/sharedo-export/}, else {@code ~/.config/sharedo-export/}, when
 * present). With neither, the tool starts the built-in fake server. Secrets may come from
 * {@code SHAREDO_TOKEN} and {@code SHAREDO_CLIENT_SECRET} instead of the command line (which other
 * users of the machine can see). Filled in by picocli; not thread-safe, used on the command's thread
 * only.
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

  @Option(names = "--impersonate-user", paramLabel = "EMAIL",
      description = "Sign in as this user (grant Impersonate.Specified; needs --client-id and --impersonate-provider).")
  private String impersonateUser;

  @Option(names = "--impersonate-provider", paramLabel = "NAME",
      description = "The impersonated user's identity provider, for example sharedo.")
  private String impersonateProvider;

  @Option(names = "--impersonate-fixed",
      description = "Sign in as the identity client's fixed user (grant Impersonate.Fixed; needs --client-id).")
  private boolean impersonateFixed;

  @Option(names = "--export-config-name", paramLabel = "NAME",
      description = "The export configuration name jobs are created with (default: VeryBasic).")
  private String exportConfigName;

  @Option(names = "--environments", paramLabel = "FILE",
      description = {"A JSON file naming each environment's server (default:"
          + " $XDG_CONFIG_HOME/sharedo-export/environments.json or ~/.config/sharedo-export/environments.json,"
          + " when present). Secrets are read from the variables it names."})
  private Path environments;

  /**
   * Whether any connection option was given on the command line.
   *
   * @return true when one was
   */
  boolean given() {
    return server != null || environments != null || token != null || clientId != null || clientSecret != null
        || identityUrl != null || impersonateUser != null || impersonateProvider != null || impersonateFixed
        || exportConfigName != null;
  }

  /**
   * Checks the options against each other and resolves secrets from the environment: which server
   * each environment is on.
   *
   * @param context the run, for its environment variables
   * @return the servers
   * @throws UsageException when options are missing, conflicting or malformed
   */
  Servers resolve(CliContext context) {
    boolean serverOptions = token != null || clientId != null || clientSecret != null || identityUrl != null
        || impersonateUser != null || impersonateProvider != null || impersonateFixed || exportConfigName != null;
    if (server == null) {
      if (serverOptions) {
        throw new UsageException("--token, --client-id, --client-secret, --identity-url, --impersonate-* and"
            + " --export-config-name need --server (an environments file names them per environment instead)");
      }
      Path file = environments != null ? environments : EnvironmentsFile.defaultFile(context.env());
      return file == null ? Servers.builtIn(timeouts.resolve()) : EnvironmentsFile.read(file, context, timeouts.resolve());
    }
    if (environments != null) {
      throw new UsageException("give --server (one environment) or --environments FILE (one server per"
          + " environment), not both");
    }
    return Servers.single(connection(context), timeouts.resolve());
  }

  private Connection connection(CliContext context) {
    checkHttp(server, "--server");
    if ((impersonateUser != null || impersonateProvider != null || impersonateFixed) && clientId == null) {
      throw new UsageException("--impersonate-user, --impersonate-provider and --impersonate-fixed need"
          + " --client-id (a fixed token cannot impersonate)");
    }
    if ((impersonateUser == null) != (impersonateProvider == null)) {
      throw new UsageException("--impersonate-user and --impersonate-provider go together");
    }
    if (impersonateUser != null && impersonateFixed) {
      throw new UsageException("give --impersonate-user or --impersonate-fixed, not both");
    }
    if (exportConfigName != null && exportConfigName.isBlank()) {
      throw new UsageException("--export-config-name cannot be blank");
    }
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
      return new Connection(server, null, clientId, secret, identityUrl, impersonateUser, impersonateProvider,
          impersonateFixed, exportConfigName);
    }
    if (clientSecret != null || identityUrl != null) {
      throw new UsageException("--client-secret and --identity-url need --client-id");
    }
    String bearer = token != null ? token : blankToNull(context.env().get(Secrets.TOKEN_VARIABLE));
    if (bearer == null) {
      throw new UsageException("--server needs credentials: --token (or " + Secrets.TOKEN_VARIABLE
          + "), or --client-id, --client-secret and --identity-url");
    }
    return new Connection(server, bearer, null, null, null, null, null, false, exportConfigName);
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
