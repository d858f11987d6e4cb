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
   * @return the message, or a placeholder when the body says nothing
   */
  public static String message(HttpResponse<?> response) {
    return messageOf(bodyText(response));
  }

  /**
   * The message from ShareDo's error body, {@code {"errorMessages":[..]}} or plain text.
   *
   * @param body the body, may be null
   * @return the message, shortened, or a placeholder when empty
   */
  public static String messageOf(String body) {
    if (body == null || body.isBlank()) {
      return "(no message from the server)";
    }
    String trimmed = body.strip();
    if (trimmed.startsWith("{")) {
      try {
        JsonNode node = Json.MAPPER.readTree(trimmed);
        JsonNode error = node.get("error");
        if (error != null && error.isObject() && error.hasNonNull("message")) {
          return shorten(error.get("message").asText());
        }
        if (error != null && error.isTextual()) {
          return shorten(error.asText());
        }
        JsonNode messages = node.get("errorMessages");
        if (messages != null && messages.isArray() && messages.size() > 0) {
          StringBuilder joined = new StringBuilder();
          for (JsonNode m : messages) {
            joined.append(joined.length() == 0 ? "" : "; ").append(m.asText());
          }
          return shorten(joined.toString());
        }
      } catch (IOException e) {
        // not JSON after all: fall through to plain text
      }
    }
    return shorten(trimmed);
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
