package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.Fault;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** {@code POST /identity/connect/token}: OAuth client credentials, Basic header or form fields. Stateless. */
final class TokenEndpoint {
  private final ServerSettings settings;
  private final TokenStore tokens;
  private final Responses responses;

  TokenEndpoint(ServerSettings settings, TokenStore tokens, Responses responses) {
    this.settings = settings;
    this.tokens = tokens;
    this.responses = responses;
  }

  void handle(HttpExchange exchange, String body, FaultBook faults) throws IOException {
    if (FaultBook.find(Fault.RejectCredentials.class, java.util.List.of(), faults.global()).isPresent()) {
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
    if (!"client_credentials".equals(form.get("grant_type"))) {
      oauthError(exchange, 400, "unsupported_grant_type");
      return;
    }
    if (!same(settings.clientId(), id) || !same(settings.clientSecret(), secret)) {
      oauthError(exchange, 401, "invalid_client");
      return;
    }
    ObjectNode answer = Responses.JSON.createObjectNode();
    answer.put("access_token", tokens.issue());
    answer.put("token_type", "Bearer");
    answer.put("expires_in", tokens.lifetimeSeconds());
    responses.json(exchange, 200, answer);
  }

  private static boolean same(String expected, String actual) {
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
