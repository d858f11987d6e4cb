package io.sharedo.export.core.internal.auth;

import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.TokenSource;

/** A token the caller supplied; it cannot be refreshed. Immutable. */
public final class FixedTokenSource implements TokenSource {
  private final String token;

  /**
   * Creates the source.
   *
   * @param token the bearer token
   */
  public FixedTokenSource(String token) {
    this.token = token;
  }

  @Override
  public String token(RequestThrottle throttle) {
    return token;
  }

  @Override
  public boolean invalidate(String rejected) {
    return false;
  }

  @Override
  public String toString() {
    return "FixedTokenSource[***]";
  }
}
