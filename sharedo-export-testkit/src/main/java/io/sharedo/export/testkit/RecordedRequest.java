package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the fake server received, recorded before it was answered (so requests answered with an
 * injected fault are recorded too). Immutable and thread-safe. {@link #toString()} hides the
 * {@code Authorization} header.
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
    String environment,
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

  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + (query.isEmpty() ? "" : "?" + query)
        + ", endpoint=" + endpoint + ", environment=" + environment
        + (headers.containsKey("authorization") ? ", authorization=<hidden>" : "") + "]";
  }
}
