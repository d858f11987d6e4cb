package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Writes the fake server's responses: JSON, ShareDo error bodies, empty answers. Stateless apart from the clock. */
final class Responses {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Clock clock;

  Responses(Clock clock) {
    this.clock = clock;
  }

  void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
    bytes(exchange, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
  }

  void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
    if (body.length > 0 && !head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  void empty(HttpExchange exchange, int status) throws IOException {
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  /** ShareDo's error body: {@code {"error":{"code","message"},"statusCode","timestamp"}}. */
  void error(HttpExchange exchange, int status, String code, String message) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", code);
    error.put("message", message);
    body.put("statusCode", status);
    body.put("timestamp", clock.instant().toString());
    json(exchange, status, body);
  }

  void retryLater(HttpExchange exchange, int status, Duration retryAfter, boolean httpDate) throws IOException {
    String value = httpDate
        ? DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plus(retryAfter).atZone(ZoneOffset.UTC))
        : Long.toString((retryAfter.toMillis() + 999) / 1000);
    exchange.getResponseHeaders().set("Retry-After", value);
    error(exchange, status, status == 429 ? "TooManyRequests" : "ServiceUnavailable",
        "The server is busy; retry after " + value);
  }
}
