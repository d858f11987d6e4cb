package io.sharedo.export.core.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.Json;
import io.sharedo.export.core.internal.http.Retrier;
import io.sharedo.export.core.internal.http.ServerErrors;
import io.sharedo.export.core.internal.http.TokenSource;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth2 client credentials: the token is fetched when first needed, cached until shortly before it
 * expires, and refreshed by one thread while the others wait for it (single flight). Thread-safe.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final Logger LOG = LoggerFactory.getLogger(ClientCredentialsTokenSource.class);
  private static final Duration MAX_MARGIN = Duration.ofSeconds(30);

  private final HttpClient client;
  private final URI tokenUrl;
  private final String basicAuth;
  private final String form;
  private final Duration requestTimeout;
  private final Retrier retrier;
  private final Object lock = new Object();
  private volatile Cached cached;

  private record Cached(String token, long refreshAtNanos) {}

  /**
   * Creates the source.
   *
   * @param client the environment's HTTP client
   * @param tokenUrl the identity server's token endpoint
   * @param clientId the client id
   * @param clientSecret the client secret
   * @param impersonateUser a user to act as, or null
   * @param impersonateProvider that user's identity provider, or null
   * @param requestTimeout how long to wait for the identity server
   * @param retrier retries network failures
   */
  public ClientCredentialsTokenSource(HttpClient client, URI tokenUrl, String clientId, String clientSecret,
      String impersonateUser, String impersonateProvider, Duration requestTimeout, Retrier retrier) {
    this.client = client;
    this.tokenUrl = tokenUrl;
    this.basicAuth = "Basic " + Base64.getEncoder()
        .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    StringBuilder body = new StringBuilder("grant_type=client_credentials&scope=sharedo");
    if (impersonateUser != null) {
      body.append("&impersonate_user=").append(URLEncoder.encode(impersonateUser, StandardCharsets.UTF_8))
          .append("&impersonate_provider=").append(URLEncoder.encode(impersonateProvider, StandardCharsets.UTF_8));
    }
    this.form = body.toString();
    this.requestTimeout = requestTimeout;
    this.retrier = retrier;
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
      Cached fresh = retrier.call("token", null, () -> fetch(throttle));
      cached = fresh;
      return fresh.token;
    }
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
    HttpResponse<String> response;
    try {
      throttle.acquire();
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, false, "the waiting thread was interrupted while fetching a token");
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.NETWORK_ERROR,
          "cannot reach the identity server " + tokenUrl + " (" + e.getClass().getSimpleName()
              + "); check the identity URL and the network", Map.of("operation", "token"), e);
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      Map<String, String> details = new HashMap<>();
      details.put("httpStatus", Integer.toString(status));
      ServerErrors.retryAfter(response.headers())
          .ifPresent(d -> details.put("retryAfterMillis", Long.toString(d.toMillis())));
      throw new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the identity server answered " + status + "; try again later", details, null);
    }
    if (status != 200) {
      throw new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
          "the identity server refused the client credentials (HTTP " + status + ", "
              + ServerErrors.messageOf(response.body()) + "); check the client id and secret",
          Map.of("httpStatus", Integer.toString(status)), null);
    }
    try {
      JsonNode node = Json.MAPPER.readTree(response.body());
      String token = Json.text(node, "access_token");
      if (token == null || token.isBlank()) {
        throw new IOException("no access_token");
      }
      long expiresIn = node.path("expires_in").asLong(300);
      Duration lifetime = Duration.ofSeconds(Math.max(1, expiresIn));
      Duration margin = lifetime.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(10) : MAX_MARGIN;
      LOG.debug("token fetched from {}, valid for {}", tokenUrl, lifetime);
      return new Cached(token, System.nanoTime() + lifetime.minus(margin).toNanos());
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
          "the identity server's answer holds no usable access_token; check the identity URL",
          Map.of("httpStatus", "200"), null);
    }
  }

  @Override
  public String toString() {
    return "ClientCredentialsTokenSource[" + tokenUrl + ", ***]";
  }
}
