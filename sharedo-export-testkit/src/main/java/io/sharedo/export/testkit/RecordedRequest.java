package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request the fake server received, recorded before it was answered (so requests answered with an
 * injected fault are recorded too). Immutable and thread-safe. {@link #toString()} hides the
 * {@code Authorization} header and the body (a token request's body holds the client secret).
 *
 * @param method the HTTP method
 * @param path the request path, without the query
 * @param query the raw query string, empty when there is none
 * @param headers the headers, names in lower case
 * @param body the body decoded as UTF-8, empty when there is none
 * @param environment the environment the path names, or null for the identity endpoint and unknown paths
 * @param endpoint which endpoint the request matched
 */
public record RecordedRequest(
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    @Nullable String environment,
    Endpoint endpoint) {

  /** Checks the arguments and copies the headers, lower-casing their names. */
  public RecordedRequest {
    Args.notBlank(method, "method");
    Args.notNull(path, "path");
    Args.notNull(query, "query");
    Args.notNull(headers, "headers");
    Args.notNull(body, "body");
    Args.notNull(endpoint, "endpoint");
    Map<String, List<String>> copy = new TreeMap<>();
    headers.forEach((k, v) -> copy.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    headers = Map.copyOf(copy);
  }

  /**
   * The first value of a header.
   *
   * @param name the header's name, any case
   * @return its first value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Args.notNull(name, "name").toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The OAuth grant a token request asked for ({@code client_credentials}, {@code Impersonate.Fixed} or
   * {@code Impersonate.Specified}).
   *
   * @return the {@code grant_type} form field of a {@link Endpoint#TOKEN} request, else empty
   */
  public Optional<String> grantType() {
    return formField("grant_type");
  }

  /**
   * The user an {@code Impersonate.Specified} token request asked to act as.
   *
   * @return the {@code impersonate_user} form field of a {@link Endpoint#TOKEN} request, else empty
   */
  public Optional<String> impersonateUser() {
    return formField("impersonate_user");
  }

  /**
   * The identity provider of the user an {@code Impersonate.Specified} token request named.
   *
   * @return the {@code impersonate_provider} form field of a {@link Endpoint#TOKEN} request, else empty
   */
  public Optional<String> impersonateProvider() {
    return formField("impersonate_provider");
  }

  private Optional<String> formField(String name) {
    if (endpoint != Endpoint.TOKEN) {
      return Optional.empty();
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
        return Optional.of(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : "?" + query)
        + ", endpoint=" + endpoint + ", environment=" + environment
        + grantType().map(g -> ", grant=" + g).orElse("")
        + (headers.containsKey("authorization") ? ", authorization=<hidden>" : "") + "]";
  }
}
