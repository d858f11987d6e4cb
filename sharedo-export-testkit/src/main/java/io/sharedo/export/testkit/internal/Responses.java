package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.ErrorShape;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Writes the fake server's responses: JSON, error bodies in the configured shape, empty answers. Stateless. */
final class Responses {
  static final ObjectMapper JSON = new ObjectMapper();
  private final Clock clock;
  private final ErrorShape shape;

  Responses(Clock clock, ErrorShape shape) {
    this.clock = clock;
    this.shape = shape;
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

  /**
   * An error answer in the server's {@link ErrorShape}; {@code code} is used by the nested shape only.
   */
  void error(HttpExchange exchange, int status, String code, @Nullable String message) throws IOException {
    switch (shape) {
      case ERROR_MESSAGE -> json(exchange, status, JSON.createObjectNode().put("errorMessage", message));
      case ERROR_MESSAGES -> {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("errorMessages").add(message);
        json(exchange, status, body);
      }
      case NESTED_ERROR -> {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        body.put("statusCode", status);
        body.put("timestamp", clock.instant().toString());
        json(exchange, status, body);
      }
      case PLAIN_TEXT -> bytes(exchange, status, "text/plain; charset=utf-8",
          Objects.requireNonNullElse(message, "").getBytes(StandardCharsets.UTF_8));
      default -> bytes(exchange, status, "text/html; charset=utf-8", ("<!DOCTYPE html>\n<html><head><title>" + status
          + " - Error</title></head>\n<body><h1>Server Error</h1><p>The page cannot be displayed.</p></body></html>\n")
          .getBytes(StandardCharsets.UTF_8));
    }
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
