package io.sharedo.export.core;

import java.net.URI;
import java.net.http.HttpClient;

/**
 * One ShareDo server the client talks to: its base URL and how to authenticate (OAuth2 client
 * credentials, optionally impersonating a user, or a fixed bearer token). Register it with
 * {@link ShareDoExportClient.Builder#environment(String, Environment)}. Immutable and thread-safe;
 * {@link #toString()} never shows the secret or the token.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#Environment -->
 * <pre>{@code
 * Environment uat = Environment.builder(URI.create("https://uat.example.com"))
 *     .clientCredentials(URI.create("https://identity.example.com"), "exporter", secret)
 *     .build();
 * }</pre>
 */
public final class Environment {
  private final URI baseUrl;
  private final URI identityUrl;
  private final String clientId;
  private final String clientSecret;
  private final String impersonateUser;
  private final String impersonateProvider;
  private final String bearerToken;
  private final HttpClient.Version httpVersion;

  private Environment(Builder b) {
    this.baseUrl = b.baseUrl;
    this.identityUrl = b.identityUrl;
    this.clientId = b.clientId;
    this.clientSecret = b.clientSecret;
    this.impersonateUser = b.impersonateUser;
    this.impersonateProvider = b.impersonateProvider;
    this.bearerToken = b.bearerToken;
    this.httpVersion = b.httpVersion;
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

  URI identityUrl() {
    return identityUrl;
  }

  String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  String impersonateUser() {
    return impersonateUser;
  }

  String impersonateProvider() {
    return impersonateProvider;
  }

  String bearerToken() {
    return bearerToken;
  }

  @Override
  public String toString() {
    String auth = bearerToken != null
        ? "bearerToken=***"
        : "identityUrl=" + identityUrl + ", clientId=" + clientId + ", clientSecret=***"
            + (impersonateUser == null ? "" : ", impersonate=" + impersonateUser);
    return "Environment[baseUrl=" + baseUrl + ", " + auth + ", httpVersion=" + httpVersion + "]";
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
   * is required. Not thread-safe; {@link #build()} returns an immutable environment.
   */
  public static final class Builder {
    private final URI baseUrl;
    private URI identityUrl;
    private String clientId;
    private String clientSecret;
    private String impersonateUser;
    private String impersonateProvider;
    private String bearerToken;
    private HttpClient.Version httpVersion = HttpClient.Version.HTTP_2;

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
     * Asks the identity server for tokens that act as {@code user} (client credentials only).
     *
     * @param user the user's e-mail
     * @param provider the identity provider's name
     * @return this builder
     * @throws IllegalArgumentException when an argument is null or blank
     */
    public Builder impersonate(String user, String provider) {
      this.impersonateUser = Args.notBlank(user, "user");
      this.impersonateProvider = Args.notBlank(provider, "provider");
      return this;
    }

    /**
     * Authenticates with a fixed bearer token (no identity server).
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
     * @throws IllegalArgumentException when no authentication, or both kinds, were given, or
     *     impersonation was given with a fixed token
     */
    public Environment build() {
      if ((bearerToken == null) == (clientId == null)) {
        throw new IllegalArgumentException("give exactly one of clientCredentials(..) or bearerToken(..)");
      }
      if (bearerToken != null && impersonateUser != null) {
        throw new IllegalArgumentException("impersonate(..) needs clientCredentials(..), not a bearer token");
      }
      return new Environment(this);
    }
  }
}
