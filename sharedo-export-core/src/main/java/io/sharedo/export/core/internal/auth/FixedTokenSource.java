package io.sharedo.export.core.internal.auth;

import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.TokenSource;
import io.sharedo.export.core.internal.text.CredentialMask;
import org.jspecify.annotations.Nullable;

/**
 * A token the caller supplied; it cannot be refreshed. A malformed one (see
 * {@link BearerTokenSyntax}) fails every request with EXPORT_008 before anything is sent.
 * Immutable.
 */
public final class FixedTokenSource implements TokenSource {
  private final @Nullable String token;
  private final CredentialMask mask = new CredentialMask();

  /**
   * Creates the source.
   *
   * @param token the bearer token
   */
  public FixedTokenSource(@Nullable String token) {
    this.token = token;
    if (token != null) {
      mask.add(token);
    }
  }

  @Override
  public String token(RequestThrottle throttle) {
    return BearerTokenSyntax.require(token, "the bearer token configured for this environment");
  }

  @Override
  public CredentialMask mask() {
    return mask;
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
