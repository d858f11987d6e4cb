package io.sharedo.export.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads what a server says about a failure: its error body and its {@code Retry-After}. Stateless. */
public final class ServerErrors {
  private static final int MAX_MESSAGE = 500;
  private static final int MAX_BODY_BYTES = 16 * 1024;
  /** The longest {@code Retry-After} taken as given (100 years); longer ones are clamped to it. */
  public static final Duration MAX_RETRY_AFTER = Duration.ofDays(36_500);

  private ServerErrors() {}

  /**
   * The server's message from a response body of any of the shapes PROTOCOL.md lists.
   *
   * @param response the response; a stream body is read (bounded) and closed
   * @return the message, a placeholder when the body says nothing, or {@link #notShareDo} for a web page
   */
  public static @Nullable String message(HttpResponse<?> response) {
    return describe(response, bodyText(response));
  }

  /**
   * The message from a ShareDo error body of any shape PROTOCOL.md lists: a top-level
   * {@code {"errorMessage":".."}}, {@code {"errorMessages":[..]}}, a nested
   * {@code {"error":{"message":".."}}} (or {@code {"error":".."}} with an OAuth
   * {@code error_description}), a top-level {@code message}, or plain text.
   *
   * @param body the body, may be null
   * @return the message, shortened, or a placeholder when empty
   */
  public static @Nullable String messageOf(@Nullable String body) {
    if (body == null || body.isBlank()) {
      return "(no message from the server)";
    }
    String trimmed = body.strip();
    if (trimmed.startsWith("{")) {
      try {
        String found = messageOf(Json.parse(trimmed));
        if (found != null) {
          return shorten(found);
        }
      } catch (IOException e) {
        // not JSON after all: fall through to plain text
      }
    }
    return shorten(trimmed);
  }

  private static @Nullable String messageOf(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    JsonNode error = node.get("error");
    if (error != null && error.isObject() && error.hasNonNull("message")) {
      return error.get("message").asText();
    }
    String single = firstText(node, "errorMessage", "message", "Message");
    if (single != null) {
      return single;
    }
    JsonNode messages = node.get("errorMessages");
    if (messages != null && messages.isArray() && messages.size() > 0) {
      StringBuilder joined = new StringBuilder();
      for (JsonNode m : messages) {
        joined.append(joined.length() == 0 ? "" : "; ").append(m.asText());
      }
      return joined.toString();
    }
    if (error != null && error.isTextual()) {
      String description = firstText(node, "error_description");
      return description == null ? error.asText() : error.asText() + ": " + description;
    }
    return null;
  }

  private static @Nullable String firstText(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        return value.asText();
      }
    }
    return null;
  }

  /**
   * Whether an answer is a web page rather than a ShareDo API answer: its {@code Content-Type} is
   * HTML, or its body starts like markup. A proxy's login page or a base URL that misses ShareDo's
   * path answers like this.
   *
   * @param response the response (for its headers)
   * @param body the body text already read, may be null
   * @return true for an HTML answer
   */
  public static boolean isHtml(HttpResponse<?> response, @Nullable String body) {
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
    if (type.contains("html")) {
      return true;
    }
    String start = body == null ? "" : body.stripLeading();
    return start.startsWith("<");
  }

  /**
   * Says that an answer is not ShareDo's, naming the URL that gave it.
   *
   * @param response the response (for its status and URL)
   * @param body the body text already read, may be null
   * @return a sentence for an exception message
   */
  public static String notShareDo(HttpResponse<?> response, @Nullable String body) {
    String what = isHtml(response, body) ? "an HTML page" : "an answer that is not ShareDo's JSON";
    return response.uri() + " answered HTTP " + response.statusCode() + " with " + what
        + ", not a ShareDo API answer; check that the base URL is the ShareDo server's (with its path, if any)"
        + " and that no proxy or login page is in between";
  }

  /**
   * The server's message, or, for an HTML answer, {@link #notShareDo} instead.
   *
   * @param response the response
   * @param body the body text already read, may be null
   * @return the message
   */
  public static @Nullable String describe(HttpResponse<?> response, @Nullable String body) {
    return isHtml(response, body) ? notShareDo(response, body) : messageOf(body);
  }

  /**
   * The body of a response as text, whatever its body handler; stream bodies are read (at most
   * 16 KiB) and closed; a publisher body is cancelled unread.
   *
   * @param response the response
   * @return the text, possibly empty
   */
  public static String bodyText(HttpResponse<?> response) {
    Object body = response.body();
    if (body instanceof String text) {
      return text;
    }
    if (body instanceof BoundedBodyHandler.BoundedBody bounded) {
      return bounded.text();
    }
    if (body instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (body instanceof InputStream in) {
      try (in) {
        return new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "";
      }
    }
    if (body instanceof java.util.concurrent.Flow.Publisher<?> publisher) {
      publisher.subscribe(new java.util.concurrent.Flow.Subscriber<Object>() {
        @Override
        public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
          subscription.cancel();
        }

        @Override
        public void onNext(Object item) {}

        @Override
        public void onError(Throwable throwable) {}

        @Override
        public void onComplete() {}
      });
    }
    return "";
  }

  /**
   * The delay a {@code Retry-After} header asks for (seconds or an HTTP date), clamped to
   * {@link #MAX_RETRY_AFTER} so that no later arithmetic on it can overflow; whether to wait that
   * long is for the {@link Retrier} and the poll loop to decide.
   *
   * @param headers the response headers
   * @return the delay, empty when the header is absent or unreadable
   */
  public static Optional<Duration> retryAfter(HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Retry-After");
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String text = value.get().trim();
    if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // Too many digits for a long is still "very long": clamp, do not overflow.
      long seconds = text.length() > 15 ? Long.MAX_VALUE : Long.parseLong(text);
      return Optional.of(clamp(Duration.ofSeconds(Math.min(seconds, MAX_RETRY_AFTER.toSeconds()))));
    }
    try {
      ZonedDateTime when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
      ZonedDateTime now = ZonedDateTime.now(when.getZone());
      if (when.isAfter(now.plus(MAX_RETRY_AFTER))) {
        return Optional.of(MAX_RETRY_AFTER);
      }
      return Optional.of(clamp(Duration.between(now, when)));
    } catch (java.time.DateTimeException notDate) {
      return Optional.empty();
    }
  }

  private static Duration clamp(Duration delay) {
    return delay.isNegative() ? Duration.ZERO : delay.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : delay;
  }

  private static String shorten(String text) {
    return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "...";
  }
}
