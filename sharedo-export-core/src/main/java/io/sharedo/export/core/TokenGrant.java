package io.sharedo.export.core;

/**
 * The OAuth2 grant an environment asks its identity server for, as ShareDo's own samples use them.
 * Set on {@link Environment.Builder}: {@link Environment.Builder#clientCredentials} alone asks for
 * {@link #CLIENT_CREDENTIALS}; {@link Environment.Builder#impersonateFixed()} and
 * {@link Environment.Builder#impersonate(String, String)} switch to the impersonating grants.
 */
public enum TokenGrant {
  /**
   * {@code grant_type=client_credentials}: a token with no user context. ShareDo may refuse an export
   * with such a token (it has no user to record as the package's creator).
   */
  CLIENT_CREDENTIALS("client_credentials"),
  /** {@code grant_type=Impersonate.Fixed}: the identity server's client acts as one fixed user. */
  IMPERSONATE_FIXED("Impersonate.Fixed"),
  /**
   * {@code grant_type=Impersonate.Specified} with {@code impersonate_user} and
   * {@code impersonate_provider}: the token acts as the named user.
   */
  IMPERSONATE_SPECIFIED("Impersonate.Specified");

  private final String wireName;

  TokenGrant(String wireName) {
    this.wireName = wireName;
  }

  /**
   * The {@code grant_type} value sent to the identity server.
   *
   * @return the grant type, for example {@code Impersonate.Specified}
   */
  public String wireName() {
    return wireName;
  }
}
