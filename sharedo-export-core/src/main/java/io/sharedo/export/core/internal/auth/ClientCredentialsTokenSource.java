package io.sharedo.export.core.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.BoundedBodyHandler;
import io.sharedo.export.core.internal.http.BoundedBodyHandler.BoundedBody;
import io.sharedo.export.core.internal.http.HttpTransport;
import io.sharedo.export.core.internal.http.Json;
import io.sharedo.export.core.internal.http.NetworkErrors;
import io.sharedo.export.core.internal.http.Redirects;
import io.sharedo.export.core.internal.http.ServerErrors;
import io.sharedo.export.core.internal.http.TokenSource;
import io.sharedo.export.core.internal.text.CredentialMask;
import io.sharedo.export.core.internal.text.ServerText;
import io.sharedo.export.ExportCancelledException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 client credentials with one of ShareDo's grants ({@code client_credentials},
 * {@code Impersonate.Fixed}, {@code Impersonate.Specified}): the token is fetched when first needed, cached until shortly before it
 * expires, and refreshed by one thread while the others wait for it (single flight). Thread-safe.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenSource.class);
  private static final Duration MAX_MARGIN = Duration.ofSeconds(30);
  /** An {@code expires_in} beyond this is clamped: a token is re-fetched at least daily. */
  static final long MAX_LIFETIME_SECONDS = Duration.ofDays(1).toSeconds();

  private final HttpClient client;
  private final URI tokenUrl;
  private final String basicAuth;
  private final String form;
  private final String grantType;
  private final Duration requestTimeout;
  private final CredentialMask mask = new CredentialMask();
  private final BoundedBodyHandler bodies;
  private final Object lock = new Object();
  private volatile @Nullable Cached cached;

  private record Cached(String token, long refreshAtNanos) {}

  /**
   * Creates the source.
   *
   * @param client the environment's HTTP client
   * @param tokenUrl the identity server's token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param grantType the {@code grant_type} to ask for
   * @param impersonateUser a user to act as ({@code Impersonate.Specified}), or null
   * @param impersonateProvider that user's identity provider, or null
   * @param requestTimeout how long to wait for the identity server
   * @param maxBodyBytes the most bytes of a token or error answer that are read (the client's
   *     {@code maxResponseBodySize})
   */
  public ClientCredentialsTokenSource(HttpClient client, URI tokenUrl, String clientId, String clientSecret,
      String grantType, @Nullable String impersonateUser, @Nullable String impersonateProvider, Duration requestTimeout,
      long maxBodyBytes) {
    this.client = client;
    this.tokenUrl = tokenUrl;
    this.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    mask.add(clientSecret).add(basicAuth).add(basicAuth.substring("Basic ".length()));
    this.grantType = grantType;
    StringBuilder body = new StringBuilder("grant_type=")
        .append(URLEncoder.encode(grantType, StandardCharsets.UTF_8)).append("&scope=sharedo");
    if (impersonateUser != null) {
      body.append("&impersonate_user=").append(URLEncoder.encode(impersonateUser, StandardCharsets.UTF_8))
          .append("&impersonate_provider=").append(URLEncoder.encode(impersonateProvider, StandardCharsets.UTF_8));
    }
    this.form = body.toString();
    this.requestTimeout = requestTimeout;
    this.bodies = new BoundedBodyHandler(maxBodyBytes);
  }

  @Override
  public String token(RequestThrottle throttle) {
    Cached current = cached;
    if (current != null && System.nanoTime() - current.refreshAtNanos < 0) {
      return current.token;
    }
    synchronized (lock) {
      current = cached;
      if (current != null && System.nanoTime() - current.refreshAtNanos < 0) {
        return current.token;
      }
      // One attempt: the token is fetched inside an API request's attempt, whose retries cover it.
      // Retrying here too multiplied the attempts, so an unreachable identity server failed four
      // times slower than an unreachable API server.
      Cached fresh = fetch(throttle);
      cached = fresh;
      return fresh.token;
    }
  }

  @Override
  public CredentialMask mask() {
    return mask;
  }

  @Override
  public boolean invalidate(String rejected) {
    synchronized (lock) {
      Cached current = cached;
      if (current != null && current.token.equals(rejected)) {
        cached = null;
      }
    }
    return true;
  }

  private Cached fetch(RequestThrottle throttle) {
    HttpRequest request = HttpRequest.newBuilder(tokenUrl)
        .timeout(requestTimeout)
        .header("Authorization", basicAuth)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<BoundedBody> response;
    try {
      throttle.acquire();
      response = HttpTransport.sendWithin(client, request, Redirects.discardingRedirects(bodies), requestTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, false, "the waiting thread was interrupted while fetching a token");
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.NETWORK_ERROR,
          "cannot reach the identity server " + tokenUrl + " (" + NetworkErrors.describe(e)
              + "); check the identity URL and the network", Map.of("operation", "token"), e);
    }
    int status = response.statusCode();
    if (Redirects.isRedirect(status)) {
      // Never followed: a redirected token request would re-send the client secret.
      Redirects.follow(request, response, Redirects.MAX_HOPS, "token", ExportErrorCode.AUTHENTICATION_FAILED, mask);
    }
    if (status == 429 || status >= 500) {
      Map<String, String> details = new HashMap<>();
      details.put("httpStatus", Integer.toString(status));
      ServerErrors.retryAfter(response.headers())
          .ifPresent(d -> details.put("retryAfterMillis", Long.toString(d.toMillis())));
      throw new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the identity server answered " + status + "; try again later", details, null);
    }
    if (status != 200) {
      throw refused(response);
    }
    try {
      JsonNode node = Json.parse(
          response.body().complete(ExportErrorCode.AUTHENTICATION_FAILED, "the identity server's token answer"));
      String token = Json.text(node, "access_token");
      if (token == null || token.isBlank()) {
        throw new IOException("no access_token");
      }
      mask.add(token);
      BearerTokenSyntax.require(token, "the access_token the identity server sent");
      Duration lifetime = Duration.ofSeconds(lifetimeSeconds(node.get("expires_in")));
      Duration margin = lifetime.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(10) : MAX_MARGIN;
      LOG.debug("token fetched from {}, valid for {}", tokenUrl, lifetime);
      return new Cached(token, System.nanoTime() + lifetime.minus(margin).toNanos());
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
          "the identity server's answer holds no usable access_token; check the identity URL",
          Map.of("httpStatus", "200"), null);
    }
  }

  /** {@code expires_in} as seconds within 1 .. one day; absent or unreadable means 300. */
  static long lifetimeSeconds(JsonNode expiresIn) {
    if (expiresIn == null || !(expiresIn.isNumber() || expiresIn.isTextual())) {
      return 300;
    }
    double seconds = expiresIn.isNumber() ? expiresIn.asDouble() : parseSeconds(expiresIn.asText());
    if (Double.isNaN(seconds)) {
      return 300;
    }
    return (long) Math.max(1, Math.min(MAX_LIFETIME_SECONDS, seconds));
  }

  private static double parseSeconds(String text) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** A refusal names the grant, and says what to check for the OAuth error the server gave. */
  private ExportException refused(HttpResponse<BoundedBody> response) {
    String body = response.body().text();
    String error = Objects.requireNonNullElse(ServerText.clean(oauthError(body), mask), "");
    String check = switch (error) {
      case "unsupported_grant_type", "unauthorized_client" -> "the identity server's client is not allowed the grant "
          + grantType + "; ask its admin to allow it, or choose another grant (impersonation settings)";
      case "invalid_grant" -> "check the impersonated user and provider";
      case "invalid_scope" -> "the client may not ask for the scope sharedo";
      default -> "check the client id and secret";
    };
    Map<String, String> details = new HashMap<>();
    details.put("httpStatus", Integer.toString(response.statusCode()));
    details.put("grantType", grantType);
    if (!error.isEmpty()) {
      details.put("oauthError", error);
    }
    String said = ServerErrors.isHtml(response, body) ? ServerErrors.notShareDo(response, body)
        : ServerText.clean(ServerErrors.messageOf(mask.mask(body)), mask);
    return new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
        "the identity server refused the grant " + grantType + " (HTTP " + response.statusCode() + ", "
            + said + "); " + check, details, null);
  }

  private static String oauthError(String body) {
    try {
      JsonNode node = body == null || body.isBlank() ? null : Json.parse(body);
      JsonNode error = node == null ? null : node.get("error");
      return error != null && error.isTextual() ? error.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource[" + tokenUrl + ", ***]";
  }
}
