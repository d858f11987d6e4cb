package io.sharedo.export.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One ShareDo server the client talks to: its base URL, how to authenticate (OAuth2 client
 * credentials with one of ShareDo's three grants, or a fixed bearer token) and the name of the
 * export configuration its jobs are created with. Register it with
 * {@link ShareDoExportClientBuilder#environment(String, Environment)}. Immutable and thread-safe;
 * {@link #toString()} never shows the secret or the token.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#Environment -->
 * <pre>{@code
 * Environment uat = Environment.builder(URI.create("https://uat.example.com"))
 *     .clientCredentials(URI.create("https://identity.example.com"), "exporter", secret)
 *     .impersonate("exporter@example.com", "sharedo")
 *     .build();
 * }</pre>
 */
public final class Environment {
  private final URI baseUrl;
  private final @Nullable URI identityUrl;
  private final @Nullable String clientId;
  private final @Nullable String clientSecret;
  private final @Nullable String impersonateUser;
  private final @Nullable String impersonateProvider;
  private final @Nullable String bearerToken;
  private final HttpClient.Version httpVersion;
  private final @Nullable TokenGrant grant;
  private final String exportConfigName;

  /**
   * The export configuration name jobs are created with unless {@link Builder#exportConfigName}
   * says otherwise: {@value}, the name real ShareDo exports were seen to carry.
   */
  public static final String DEFAULT_EXPORT_CONFIG_NAME = "VeryBasic";

  private Environment(Builder b) {
    this.baseUrl = b.baseUrl;
    this.identityUrl = b.identityUrl;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.impersonateUser = b.impersonateUser;
    this.impersonateProvider = b.impersonateProvider;
    this.bearerToken = b.bearerToken;
    this.httpVersion = b.httpVersion;
    this.grant = b.bearerToken != null ? null
        : b.impersonateUser != null ? TokenGrant.IMPERSONATE_SPECIFIED
        : b.impersonateFixed ? TokenGrant.IMPERSONATE_FIXED : TokenGrant.CLIENT_CREDENTIALS;
    this.exportConfigName = b.exportConfigName;
  }

  /**
   * A builder for a server at {@code baseUrl} (http or https; https uses TLS with the JDK's defaults).
   *
   * @param baseUrl the server's base URL, for example {@code https://clienta-vnext.example.com}
   * @return a new builder
   * @throws IllegalArgumentException when baseUrl is null, not absolute, or not http(s)
   */
  public static Builder builder(URI baseUrl) {
    return new Builder(httpUrl(baseUrl, "baseUrl"));
  }

  /**
   * The server's base URL.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The HTTP version preferred for this server.
   *
   * @return the version ({@code HTTP_2} by default, which falls back to HTTP/1.1)
   */
  public HttpClient.Version httpVersion() {
    return httpVersion;
  }

  /**
   * Whether this environment authenticates with a fixed bearer token rather than client credentials.
   *
   * @return true for a fixed token
   */
  public boolean usesFixedToken() {
    return bearerToken != null;
  }

  /**
   * The grant asked for at the identity server.
   *
   * @return the grant, empty for a fixed bearer token
   */
  public Optional<TokenGrant> grant() {
    return Optional.ofNullable(grant);
  }

  /**
   * The export configuration name sent as {@code exportConfigName} when a job is created; it
   * becomes the package manifest's {@code Name}.
   *
   * @return the name ({@value #DEFAULT_EXPORT_CONFIG_NAME} unless set)
   */
  public String exportConfigName() {
    return exportConfigName;
  }

  /**
   * Whether another environment points at the same server: the same base URL, compared ignoring the
   * scheme's and host's case, a default port, and trailing slashes.
   *
   * @param other the other environment
   * @return true for the same server
   */
  boolean sameServer(Environment other) {
    return serverKey(baseUrl).equals(serverKey(other.baseUrl));
  }

  private static String serverKey(URI url) {
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    int port = url.getPort() != -1 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    String host = url.getHost() == null ? String.valueOf(url.getRawAuthority()) : url.getHost();
    return scheme + "://" + host.toLowerCase(java.util.Locale.ROOT) + ":" + port + path;
  }

  @Nullable URI identityUrl() {
    return identityUrl;
  }

  @Nullable String clientId() {
    return clientId;
  }

  @Nullable String clientSecret() {
    return clientSecret;
  }

  @Nullable String impersonateUser() {
    return impersonateUser;
  }

  @Nullable String impersonateProvider() {
    return impersonateProvider;
  }

  @Nullable String bearerToken() {
    return bearerToken;
  }

  @Override
  public String toString() {
    String auth = bearerToken != null
        ? "bearerToken=***"
        : "identityUrl=" + identityUrl + ", clientId=" + clientId + ", clientSecret=***, grant="
            + (grant == null ? "" : grant.wireName()) + (impersonateUser == null ? "" : ", impersonate=" + impersonateUser);
    return "Environment[baseUrl=" + baseUrl + ", " + auth + ", exportConfigName=" + exportConfigName
        + ", httpVersion=" + httpVersion + "]";
  }

  private static URI httpUrl(URI url, String name) {
    Args.notNull(url, name);
    String scheme = url.getScheme();
    if (!url.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
      throw new IllegalArgumentException(name + " must be an absolute http or https URL, was " + url);
    }
    return url;
  }

  /**
   * Builds an {@link Environment}. Exactly one of {@link #clientCredentials} or {@link #bearerToken}
   * is required; with client credentials, at most one of {@link #impersonateFixed()} or
   * {@link #impersonate(String, String)} chooses the grant. Not thread-safe; {@link #build()}
   * returns an immutable environment.
   */
  public static final class Builder {
    private final URI baseUrl;
    private @Nullable URI identityUrl;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private @Nullable String impersonateUser;
    private @Nullable String impersonateProvider;
    private @Nullable String bearerToken;
    private HttpClient.Version httpVersion = HttpClient.Version.HTTP_2;
    private boolean impersonateFixed;
    private String exportConfigName = DEFAULT_EXPORT_CONFIG_NAME;

    private Builder(URI baseUrl) {
      this.baseUrl = baseUrl;
    }

    /**
     * Authenticates with OAuth2 client credentials; tokens are fetched when first needed and cached
     * until shortly before they expire.
     *
     * @param identityUrl the identity server's base URL
     * @param clientId the client id
     * @param clientSecret the client secret (never logged or shown)
     * @return this builder
     * @throws IllegalArgumentException when an argument is null, blank or not an http(s) URL
     */
    public Builder clientCredentials(URI identityUrl, String clientId, String clientSecret) {
      this.identityUrl = httpUrl(identityUrl, "identityUrl");
      this.clientId = Args.notBlank(clientId, "clientId");
      this.clientSecret = Args.notBlank(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Asks the identity server for tokens that act as {@code user}: the
     * {@link TokenGrant#IMPERSONATE_SPECIFIED} grant with {@code impersonate_user} and
     * {@code impersonate_provider} (client credentials only).
     *
     * @param user the user's e-mail
     * @param provider the identity provider's name, for example {@code sharedo}
     * @return this builder
     * @throws IllegalArgumentException when an argument is null or blank
     */
    public Builder impersonate(String user, String provider) {
      this.impersonateUser = Args.notBlank(user, "user");
      this.impersonateProvider = Args.notBlank(provider, "provider");
      return this;
    }

    /**
     * Asks the identity server for tokens of the one user its client is configured to act as: the
     * {@link TokenGrant#IMPERSONATE_FIXED} grant (client credentials only).
     *
     * @return this builder
     */
    public Builder impersonateFixed() {
      this.impersonateFixed = true;
      return this;
    }

    /**
     * The export configuration name jobs are created with (default
     * {@value Environment#DEFAULT_EXPORT_CONFIG_NAME}). Whether a server accepts any name or only
     * the names of its configured exports is not known, hence the setting.
     *
     * @param value the name
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder exportConfigName(String value) {
      this.exportConfigName = Args.notBlank(value, "exportConfigName").strip();
      return this;
    }

    /**
     * Authenticates with a fixed bearer token (no identity server). A token with characters
     * outside RFC 6750's token set (a line break, a space) fails every request with EXPORT_008
     * before anything is sent, without showing the token.
     *
     * @param token the token (never logged or shown)
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder bearerToken(String token) {
      this.bearerToken = Args.notBlank(token, "token");
      return this;
    }

    /**
     * The preferred HTTP version (default HTTP/2, falling back to HTTP/1.1 when the server lacks it).
     *
     * @param value the version
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder httpVersion(HttpClient.Version value) {
      this.httpVersion = Args.notNull(value, "httpVersion");
      return this;
    }

    /**
     * Builds the environment.
     *
     * @return an immutable environment
     * @throws IllegalArgumentException when no authentication, or both kinds, were given, when
     *     impersonation was given with a fixed token, or both kinds of impersonation were given
     */
    public Environment build() {
      if ((bearerToken == null) == (clientId == null)) {
        throw new IllegalArgumentException("give exactly one of clientCredentials(..) or bearerToken(..)");
      }
      if (bearerToken != null && (impersonateUser != null || impersonateFixed)) {
        throw new IllegalArgumentException("impersonation needs clientCredentials(..), not a bearer token");
      }
      if (impersonateUser != null && impersonateFixed) {
        throw new IllegalArgumentException("give impersonateFixed() or impersonate(user, provider), not both");
      }
      return new Environment(this);
    }
  }
}
