package io.sharedo.export.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The environments file ({@code --environments FILE}, by default
 * {@code $XDG_CONFIG_HOME/sharedo-export/environments.json}, else
 * {@code ~/.config/sharedo-export/environments.json}): one JSON object per environment name, each naming
 * its own server. Secrets are never in the file: {@code clientSecretEnv} / {@code tokenEnv} name the
 * environment variables that hold them.
 *
 * <pre>
 * {"uat":   {"server": "https://uat.acme.example", "identityUrl": "https://id.acme.example",
 *            "clientId": "exporter", "clientSecretEnv": "ACME_UAT_SECRET",
 *            "impersonateUser": "ops@acme.example", "impersonateProvider": "sharedo"},
 *  "vnext": {"server": "https://vnext.acme.example", "tokenEnv": "ACME_VNEXT_TOKEN",
 *            "exportConfigName": "VeryBasic"}}
 * </pre>
 *
 * <p>Stateless; every problem is a {@link UsageException} naming the file, the environment and the field.
 */
final class EnvironmentsFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long MAX_BYTES = 1024 * 1024;
  private static final Set<String> FIELDS = Set.of("server", "identityUrl", "clientId", "clientSecretEnv",
      "tokenEnv", "impersonateUser", "impersonateProvider", "impersonateFixed", "exportConfigName");

  private EnvironmentsFile() {}

  /**
   * The default location, when a file is there.
   *
   * @param env the environment variables ({@code XDG_CONFIG_HOME}, {@code HOME})
   * @return the file, or null when there is none
   */
  static Path defaultFile(Map<String, String> env) {
    String config = env.get("XDG_CONFIG_HOME");
    Path folder;
    if (config != null && !config.isBlank()) {
      folder = Paths.get(config);
    } else {
      String home = env.get("HOME");
      folder = Paths.get(home != null && !home.isBlank() ? home : System.getProperty("user.home"), ".config");
    }
    Path file = folder.resolve("sharedo-export").resolve("environments.json");
    return Files.isRegularFile(file) ? file : null;
  }

  /**
   * Reads the file and resolves each environment's secret from its variable.
   *
   * @param file the file
   * @param context the run (its environment variables; the secrets read are added to its masks)
   * @param timeouts the time limits given on the command line
   * @return the servers
   * @throws UsageException when the file is missing, malformed or incomplete
   */
  static Servers read(Path file, CliContext context, Timeouts timeouts) {
    JsonNode root;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new UsageException("environments file " + file + " is larger than 1 MiB");
      }
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new UsageException("environments file " + file + " does not exist");
    } catch (IOException e) {
      throw new UsageException("environments file " + file + " is not readable JSON (" + e.getMessage()
          .lines().findFirst().orElse("") + ")");
    }
    if (root == null || !root.isObject() || root.isEmpty()) {
      throw new UsageException("environments file " + file + " must be a JSON object with one entry per"
          + " environment name, e.g. {\"uat\": {\"server\": \"https://uat.example.com\", \"tokenEnv\": \"UAT_TOKEN\"}}");
    }
    Map<String, Connection> byName = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      byName.put(entry.getKey(), entry(file, entry.getKey(), entry.getValue(), context));
    }
    return Servers.fromFile(file, byName, timeouts);
  }

  private static Connection entry(Path file, String name, JsonNode node, CliContext context) {
    String where = "environment '" + name + "' in " + file;
    if (name.isBlank() || !node.isObject()) {
      throw new UsageException(where + " must be a JSON object with at least \"server\"");
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (key.equals("clientSecret") || key.equals("token")) {
        throw new UsageException(where + " holds \"" + key + "\": secrets are never stored in the file; name the"
            + " environment variable that holds it with \"" + key + "Env\"");
      }
      if (!FIELDS.contains(key)) {
        throw new UsageException(where + " has an unknown field \"" + key + "\" (known: "
            + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")");
      }
    }
    URI server = url(text(node, "server", where, true), where, "server");
    String tokenVariable = text(node, "tokenEnv", where, false);
    String clientId = text(node, "clientId", where, false);
    String user = text(node, "impersonateUser", where, false);
    String provider = text(node, "impersonateProvider", where, false);
    boolean fixed = node.path("impersonateFixed").asBoolean(false);
    String configName = text(node, "exportConfigName", where, false);
    if ((tokenVariable == null) == (clientId == null)) {
      throw new UsageException(where + " needs either \"tokenEnv\", or \"clientId\" with \"clientSecretEnv\" and"
          + " \"identityUrl\"");
    }
    if ((user == null) != (provider == null)) {
      throw new UsageException(where + ": \"impersonateUser\" and \"impersonateProvider\" go together");
    }
    if (tokenVariable != null) {
      if (user != null || fixed || node.has("clientSecretEnv") || node.has("identityUrl")) {
        throw new UsageException(where + ": a fixed token (\"tokenEnv\") takes no client credentials or"
            + " impersonation");
      }
      return new Connection(server, secret(tokenVariable, where, "tokenEnv", context), null, null, null, null, null,
          false, configName);
    }
    if (user != null && fixed) {
      throw new UsageException(where + ": give \"impersonateUser\" or \"impersonateFixed\", not both");
    }
    String secretVariable = text(node, "clientSecretEnv", where, true);
    URI identity = url(text(node, "identityUrl", where, true), where, "identityUrl");
    return new Connection(server, null, clientId, secret(secretVariable, where, "clientSecretEnv", context), identity,
        user, provider, fixed, configName);
  }

  private static String secret(String variable, String where, String field, CliContext context) {
    String value = context.env().get(variable);
    if (value == null || value.isBlank()) {
      throw new UsageException(where + ": the environment variable " + variable + " (named by \"" + field
          + "\") is not set");
    }
    context.secrets().add(value);
    return value;
  }

  private static String text(JsonNode node, String field, String where, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new UsageException(where + " needs \"" + field + "\"");
      }
      return null;
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new UsageException(where + ": \"" + field + "\" must be a non-blank string");
    }
    return value.asText().strip();
  }

  private static URI url(String text, String where, String field) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new UsageException(where + ": \"" + field + "\" must be an http:// or https:// URL, was " + text);
  }
}
