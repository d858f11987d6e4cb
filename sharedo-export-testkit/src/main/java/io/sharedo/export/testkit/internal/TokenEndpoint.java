package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.ImpersonationRequirement;
import io.sharedo.export.testkit.RequestFault;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /identity/connect/token}: client credentials in a Basic header or form fields, and one of
 * ShareDo's three grants ({@code client_credentials}, {@code Impersonate.Fixed}, {@code Impersonate.Specified}
 * with {@code impersonate_user} and {@code impersonate_provider}). Stateless.
 */
final class TokenEndpoint {
  static final String GRANT_CLIENT = "client_credentials";
  static final String GRANT_FIXED = "Impersonate.Fixed";
  static final String GRANT_SPECIFIED = "Impersonate.Specified";
  private final ServerSettings settings;
  private final TokenStore tokens;
  private final Responses responses;

  TokenEndpoint(ServerSettings settings, TokenStore tokens, Responses responses) {
    this.settings = settings;
    this.tokens = tokens;
    this.responses = responses;
  }

  void handle(HttpExchange exchange, String body, FaultBook faults) throws IOException {
    if (FaultBook.find(RequestFault.RejectCredentials.class, List.of(), faults.global()).isPresent()) {
      oauthError(exchange, 401, "invalid_client");
      return;
    }
    Map<String, String> form = form(body);
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        oauthError(exchange, 401, "invalid_client");
        return;
      }
      int colon = decoded.indexOf(':');
      id = colon < 0 ? decoded : URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
      secret = colon < 0 ? "" : URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8);
    }
    if (!same(settings.clientId(), id) || !same(settings.clientSecret(), secret)) {
      oauthError(exchange, 401, "invalid_client");
      return;
    }
    String grant = form.getOrDefault("grant_type", "");
    String subject;
    boolean user = true;
    switch (grant) {
      case GRANT_CLIENT -> {
        if (settings.behaviour().impersonation() == ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT) {
          oauthError(exchange, 400, "unsupported_grant_type");
          return;
        }
        subject = settings.clientId();
        user = false;
      }
      case GRANT_FIXED -> subject = settings.behaviour().fixedUser();
      case GRANT_SPECIFIED -> {
        subject = form.get("impersonate_user");
        if (subject == null || subject.isBlank() || form.getOrDefault("impersonate_provider", "").isBlank()) {
          oauthError(exchange, 400, "invalid_request");
          return;
        }
      }
      default -> {
        oauthError(exchange, 400, "unsupported_grant_type");
        return;
      }
    }
    ObjectNode answer = Responses.JSON.createObjectNode();
    answer.put("access_token", tokens.issue(subject, user));
    answer.put("token_type", "Bearer");
    answer.put("expires_in", tokens.lifetimeSeconds());
    responses.json(exchange, 200, answer);
  }

  private static boolean same(String expected, @Nullable String actual) {
    return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        actual.getBytes(StandardCharsets.UTF_8));
  }

  private void oauthError(HttpExchange exchange, int status, String error) throws IOException {
    responses.json(exchange, status, Responses.JSON.createObjectNode().put("error", error));
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.putIfAbsent(key, value);
    }
    return form;
  }
}
