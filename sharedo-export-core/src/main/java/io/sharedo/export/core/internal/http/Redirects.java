package io.sharedo.export.core.internal.http;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import io.sharedo.export.core.internal.text.CredentialMask;
import io.sharedo.export.core.internal.text.ServerText;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client's redirect rule. The JDK's own redirect handling copies every header of the request,
 * the {@code Authorization} header included, onto the redirected request whatever host it names,
 * and re-POSTs a form after a 307; so the HTTP clients never follow redirects themselves
 * ({@code Redirect.NEVER}) and each answer passes through here instead:
 * <ul>
 *   <li>a GET is followed to the <em>same origin</em> (scheme, host and port) only, at most
 *       {@value #MAX_HOPS} times, with its credentials re-attached (the same server);</li>
 *   <li>a redirect of any other method (the token request, job creation, cancel, the fallback POST)
 *       is refused: ShareDo does not redirect them, and following would re-send credentials and
 *       bodies;</li>
 *   <li>a redirect to another origin (another host or port, or https to http) is refused, so no
 *       credential ever leaves the origin it was configured for.</li>
 * </ul>
 * A refused redirect is a non-recoverable {@link ExportException} naming both URLs. Stateless,
 * thread-safe.
 */
public final class Redirects {
  /** The most same-origin redirects followed for one GET. */
  public static final int MAX_HOPS = 5;

  private Redirects() {}

  /**
   * Whether a status is a redirect this class decides about.
   *
   * @param status the HTTP status
   * @return true for 301, 302, 303, 307 and 308
   */
  public static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /**
   * Wraps a body handler so that a redirect's body is discarded instead of handled.
   *
   * @param <T> the body type
   * @param handler the handler of every other answer
   * @return a handler whose redirect responses have a null body
   */
  public static <T> HttpResponse.BodyHandler<T> discardingRedirects(HttpResponse.BodyHandler<T> handler) {
    return info -> isRedirect(info.statusCode()) ? HttpResponse.BodySubscribers.replacing(null) : handler.apply(info);
  }

  /**
   * Where a redirect answer may be followed, or the refusal.
   *
   * @param sent the request that was redirected
   * @param response its redirect answer
   * @param hops how many redirects were already followed for this request
   * @param operation the operation, for the message
   * @param code the code of the refusal (EXPORT_008 for the token request, else EXPORT_007)
   * @param mask the environment's credentials, hidden in the target shown
   * @return the absolute same-origin URI to GET next
   * @throws ExportException {@code code}, not recoverable, when the redirect is refused
   */
  public static URI follow(HttpRequest sent, HttpResponse<?> response, int hops, String operation,
      ExportErrorCode code, CredentialMask mask) {
    URI from = sent.uri();
    Optional<String> location = response.headers().firstValue("Location");
    if (location.isEmpty() || location.get().isBlank()) {
      throw refused(mask, code, operation, response.statusCode(), from, "(no Location)",
          "the redirect names no target");
    }
    URI to;
    try {
      to = from.resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      throw refused(mask, code, operation, response.statusCode(), from, location.get(), "the target is not a valid URL");
    }
    if (!sameOrigin(from, to)) {
      throw refused(mask, code, operation, response.statusCode(), from, to.toString(),
          "the target is another origin and the request carries credentials");
    }
    if (!"GET".equals(sent.method())) {
      throw refused(mask, code, operation, response.statusCode(), from, to.toString(),
          "only GET requests are redirected, and this is a " + sent.method());
    }
    if (hops >= MAX_HOPS) {
      throw refused(mask, code, operation, response.statusCode(), from, to.toString(),
          "more than " + MAX_HOPS + " redirects in a row");
    }
    return to;
  }

  /**
   * Whether two URLs share scheme, host and port (the default port of the scheme when absent).
   *
   * @param a one URL
   * @param b the other
   * @return true for the same origin
   */
  public static boolean sameOrigin(URI a, URI b) {
    String schemeA = lower(a.getScheme());
    String schemeB = lower(b.getScheme());
    return schemeA != null && schemeA.equals(schemeB)
        && a.getHost() != null && Objects.equals(lower(a.getHost()), lower(b.getHost()))
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equals(lower(uri.getScheme())) ? 443 : 80;
  }

  private static @Nullable String lower(@Nullable String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }

  private static ExportException refused(CredentialMask mask, ExportErrorCode code, String operation, int status, URI from, String to,
      String why) {
    String target = ServerText.clean(to, mask);
    Map<String, String> details = new HashMap<>();
    details.put("operation", operation);
    details.put("httpStatus", Integer.toString(status));
    details.put("redirectFrom", from.toString());
    details.put("redirectTo", target);
    return new ExportException(code, operation + ": the server answered " + status + " redirecting " + from + " to "
        + target + "; not followed because " + why + ". Configure the final URL instead (ask the server's admin"
        + " where it moved)", details, null, false);
  }
}
