package io.sharedo.export.core.internal.http;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportParams;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.text.CredentialMask;
import io.sharedo.export.core.internal.text.ServerText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the API requests of one environment over its one pooled {@link HttpClient}: adds the
 * bearer token, {@code Accept} and {@code X-Request-ID}, paces each request through the export's
 * throttle, re-authenticates once on 401, and retries transient failures through the
 * {@link Retrier}. Redirects follow the rule of {@link Redirects}; JSON answers are read through a
 * {@link BoundedBodyHandler}; whatever the server says is cleaned by {@link ServerText} with the
 * environment's {@link CredentialMask} before it enters a message. Thread-safe.
 */
public final class HttpTransport {
  private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

  private final String environment;
  private final HttpClient client;
  private final URI baseUrl;
  private final TokenSource tokens;
  private final Duration requestTimeout;
  private final Retrier retrier;
  private final BoundedBodyHandler jsonBodies;

  /**
   * Creates the transport with the default limit of JSON answers.
   *
   * @param environment the environment's registered name (for messages)
   * @param client the environment's HTTP client
   * @param baseUrl the environment's base URL
   * @param tokens where tokens come from
   * @param requestTimeout how long to wait for a response's headers
   * @param retrier retries transient failures
   */
  public HttpTransport(String environment, HttpClient client, URI baseUrl, TokenSource tokens,
      Duration requestTimeout, Retrier retrier) {
    this(environment, client, baseUrl, tokens, requestTimeout, retrier, BoundedBodyHandler.DEFAULT_LIMIT);
  }

  /**
   * Creates the transport.
   *
   * @param environment the environment's registered name (for messages)
   * @param client the environment's HTTP client
   * @param baseUrl the environment's base URL
   * @param tokens where tokens come from
   * @param requestTimeout how long to wait for a response's headers
   * @param retrier retries transient failures
   * @param maxBodyBytes the most bytes of a JSON or error answer that are read
   */
  public HttpTransport(String environment, HttpClient client, URI baseUrl, TokenSource tokens,
      Duration requestTimeout, Retrier retrier, long maxBodyBytes) {
    this.environment = environment;
    this.client = client;
    this.baseUrl = baseUrl;
    this.tokens = tokens;
    this.requestTimeout = requestTimeout;
    this.retrier = retrier;
    this.jsonBodies = new BoundedBodyHandler(maxBodyBytes);
  }

  /**
   * The handler for JSON and error answers: at most the configured limit is read.
   *
   * @return the bounded handler
   */
  public BoundedBodyHandler jsonBodies() {
    return jsonBodies;
  }

  /**
   * The credentials of this environment, masked in everything a server sends back.
   *
   * @return the mask
   */
  public CredentialMask mask() {
    return tokens.mask();
  }

  /**
   * A server-supplied text made safe for messages and events: credentials masked, control
   * characters escaped, shortened.
   *
   * @param raw the text, may be null
   * @return the clean text (null stays null)
   */
  public @Nullable String serverText(@Nullable String raw) {
    return ServerText.clean(raw, tokens.mask());
  }

  /**
   * The server's message in an error body, made safe as {@link #serverText}.
   *
   * @param body the body as sent, may be null
   * @return the clean message, or a placeholder when the body says nothing
   */
  public @Nullable String serverMessage(@Nullable String body) {
    return serverText(ServerErrors.messageOf(tokens.mask().mask(body)));
  }

  /**
   * The environment's registered name.
   *
   * @return the name
   */
  public String environment() {
    return environment;
  }

  /**
   * The retrier this transport uses.
   *
   * @return the retrier
   */
  public Retrier retrier() {
    return retrier;
  }

  /**
   * An absolute URI for a path below the base URL.
   *
   * @param path a path starting with {@code /}, possibly with a query
   * @return the URI
   */
  public URI resolve(String path) {
    return join(baseUrl, path);
  }

  /**
   * Joins a base URL (which may have a path prefix) and a path.
   *
   * @param base the base URL
   * @param path a path starting with {@code /}
   * @return the URI
   */
  public static URI join(URI base, String path) {
    String text = base.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text + path);
  }

  /**
   * Sends a request, retrying transient failures; any final status other than 401, 429 and 5xx is
   * returned for the caller to interpret.
   *
   * @param <T> the body type
   * @param operation the operation name, for the policy, the listener and messages
   * @param params the export, or null
   * @param throttle paces every attempt
   * @param request builds a fresh request (without auth headers) for each attempt
   * @param handler the body handler
   * @return the response
   * @throws ExportException EXPORT_007 when retries are exhausted, EXPORT_008 on a second 401,
   *     {@link ExportCancelledException} when interrupted
   */
  public <T> HttpResponse<T> send(String operation, @Nullable ExportParams params, RequestThrottle throttle,
      Supplier<HttpRequest.Builder> request, HttpResponse.BodyHandler<T> handler) {
    return send(operation, params, Deadline.NONE, throttle, request, handler);
  }

  /**
   * As {@link #send(String, ExportParams, RequestThrottle, Supplier, HttpResponse.BodyHandler)},
   * never waiting for a retry past {@code deadline}.
   *
   * @param <T> the body type
   * @param operation the operation name, for the policy, the listener and messages
   * @param params the export, or null
   * @param deadline when the operation must have ended
   * @param throttle paces every attempt
   * @param request builds a fresh request (without auth headers) for each attempt
   * @param handler the body handler
   * @return the response
   * @throws ExportException as the other {@code send}, or when a wait the server asks for is refused
   */
  public <T> HttpResponse<T> send(String operation, @Nullable ExportParams params, Deadline deadline, RequestThrottle throttle,
      Supplier<HttpRequest.Builder> request, HttpResponse.BodyHandler<T> handler) {
    return retrier.call(operation, params, deadline, () -> sendOnce(operation, throttle, request, handler));
  }

  /**
   * One attempt: throttle, token, send, one re-authentication on 401; 429 and 5xx become retryable
   * EXPORT_007 failures.
   *
   * @param <T> the body type
   * @param operation the operation name
   * @param throttle paces the request
   * @param request builds the request
   * @param handler the body handler
   * @return the response
   * @throws ExportException as {@link #send}
   */
  public <T> HttpResponse<T> sendOnce(String operation, RequestThrottle throttle,
      Supplier<HttpRequest.Builder> request, HttpResponse.BodyHandler<T> handler) {
    String token = tokens.token(throttle);
    HttpResponse<T> response = exchange(operation, throttle, request, handler, token);
    if (response.statusCode() == 401) {
      ServerErrors.bodyText(response);
      if (!tokens.invalidate(token)) {
        throw unauthorized(operation);
      }
      LOG.debug("{} on {}: token refused, fetching a new one", operation, environment);
      response = exchange(operation, throttle, request, handler, tokens.token(throttle));
      if (response.statusCode() == 401) {
        ServerErrors.bodyText(response);
        throw unauthorized(operation);
      }
    }
    int status = response.statusCode();
    if (status == 429 || status >= 500) {
      Optional<Duration> retryAfter = ServerErrors.retryAfter(response.headers());
      String message = serverMessage(ServerErrors.bodyText(response));
      Map<String, String> details = new HashMap<>();
      details.put("httpStatus", Integer.toString(status));
      details.put("operation", operation);
      retryAfter.ifPresent(d -> details.put("retryAfterMillis", Long.toString(d.toMillis())));
      throw new ExportException(ExportErrorCode.NETWORK_ERROR,
          operation + " on " + environment + ": the server answered " + status + " (" + message
              + "); it may be overloaded or down, try again later",
          details, null);
    }
    return response;
  }

  private <T> HttpResponse<T> exchange(String operation, RequestThrottle throttle,
      Supplier<HttpRequest.Builder> request, HttpResponse.BodyHandler<T> handler, String token) {
    URI target = null;
    for (int hops = 0; ; hops++) {
      HttpRequest.Builder builder = request.get();
      if (target != null) {
        builder.uri(target);
      }
      HttpRequest built = builder
          .timeout(requestTimeout)
          .header("Authorization", "Bearer " + token)
          .header("X-Request-ID", UUID.randomUUID().toString())
          .build();
      HttpResponse<T> response = exchangeOnce(operation, throttle, built, handler);
      if (!Redirects.isRedirect(response.statusCode())) {
        return response;
      }
      target = Redirects.follow(built, response, hops, operation, ExportErrorCode.NETWORK_ERROR, tokens.mask());
      LOG.debug("{}: following a same-origin redirect to {}", operation, serverText(target.toString()));
    }
  }

  /**
   * One exchange; see {@link #sendWithin}.
   */
  private <T> HttpResponse<T> exchangeOnce(String operation, RequestThrottle throttle, HttpRequest built,
      HttpResponse.BodyHandler<T> handler) {
    try {
      throttle.acquire();
      // The URI may come from a redirect, whose query a server chose: mask and escape it.
      LOG.debug("{} {} {}", operation, built.method(), serverText(built.uri().toString()));
      return sendWithin(client, built, Redirects.discardingRedirects(handler), requestTimeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExportCancelledException(null, false, "the waiting thread was interrupted during " + operation);
    } catch (HttpTimeoutException e) {
      throw networkError(operation, "no complete answer within " + requestTimeout, e);
    } catch (IOException e) {
      throw networkError(operation, serverText(NetworkErrors.describe(e)), e);
    }
  }

  /**
   * Sends a request and waits for the whole answer at most {@code timeout}. The request's own
   * timeout covers only the wait for the headers; for a bounded JSON body the answer is complete
   * with its last byte, so a server that trickles a body a byte at a time is cut off too (for a
   * streamed body the answer is complete with its headers). The exchange is cancelled on time-out
   * and on interrupt.
   *
   * @param <T> the body type
   * @param client the HTTP client
   * @param request the request
   * @param handler the body handler
   * @param timeout the longest wait for the whole answer
   * @return the response
   * @throws HttpTimeoutException when the answer is not complete in time
   * @throws IOException when the exchange fails
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static <T> HttpResponse<T> sendWithin(HttpClient client, HttpRequest request,
      HttpResponse.BodyHandler<T> handler, Duration timeout) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<T>> answer = client.sendAsync(request, handler);
    try {
      return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      answer.cancel(true);
      throw e;
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw new HttpTimeoutException("no complete answer within " + timeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IOException(cause);
    }
  }

  private ExportException networkError(String operation, @Nullable String what, IOException cause) {
    return new ExportException(ExportErrorCode.NETWORK_ERROR,
        operation + " on " + environment + " (" + origin(baseUrl) + ") failed: " + what
            + "; check the network and the server",
        Map.of("operation", operation), cause);
  }

  /** Scheme, host and port only: a base URL's user part or query could hold a credential. */
  static String origin(URI url) {
    return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
  }

  private ExportException unauthorized(String operation) {
    return new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
        operation + " on " + environment + ": the server refused the token twice (HTTP 401); check the "
            + "environment's credentials and permissions",
        Map.of("httpStatus", "401", "operation", operation), null);
  }
}
