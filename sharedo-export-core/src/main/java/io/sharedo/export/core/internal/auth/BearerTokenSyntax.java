package io.sharedo.export.core.internal.auth;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a bearer token, from the caller or from an identity server, can be sent as
 * {@code Authorization: Bearer <token>}: RFC 6750's {@code b64token}, that is letters, digits and
 * {@code - . _ ~ + /}, then optional trailing {@code =}, at most {@value #MAX_LENGTH} characters.
 * A token with CR/LF or anything else would otherwise fail deep in the HTTP client with a message
 * that holds the token. The token is never put in a message. Stateless, thread-safe.
 */
public final class BearerTokenSyntax {
  /** The longest token accepted (long JWTs are a few kilobytes). */
  public static final int MAX_LENGTH = 16 * 1024;

  private BearerTokenSyntax() {}

  /**
   * Whether {@code token} is a well-formed bearer token.
   *
   * @param token the token, may be null
   * @return true when it may be sent
   */
  public static boolean isValid(@Nullable String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
      return false;
    }
    int end = token.length();
    while (end > 0 && token.charAt(end - 1) == '=') {
      end--;
    }
    if (end == 0) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = token.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the token when well-formed, else fails without showing it.
   *
   * @param token the token
   * @param source where it came from, for the message (for example "the bearer token given for uat")
   * @return the token
   * @throws ExportException EXPORT_008 (not recoverable) when malformed
   */
  public static String require(@Nullable String token, String source) {
    if (token != null && isValid(token)) {
      return token;
    }
    throw new ExportException(ExportErrorCode.AUTHENTICATION_FAILED,
        source + " is not a valid bearer token (" + problem(token) + "); it was not sent. A bearer token holds only "
            + "letters, digits and - . _ ~ + / followed by optional '=' (RFC 6750)",
        Map.of("problem", problem(token)), null, false);
  }

  private static String problem(@Nullable String token) {
    if (token == null || token.isEmpty()) {
      return "empty";
    }
    if (token.length() > MAX_LENGTH) {
      return "longer than " + MAX_LENGTH + " characters";
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '\r' || c == '\n') {
        return "it contains a line break at position " + i;
      }
      if (Character.isWhitespace(c)) {
        return "it contains white space at position " + i;
      }
    }
    return "it contains a character outside the allowed set";
  }
}
