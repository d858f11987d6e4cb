package io.sharedo.export.core.internal.http;

import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.text.CredentialMask;

/** Where the bearer token of an environment comes from. Implementations are thread-safe. */
public interface TokenSource {

  /**
   * A token that is believed valid, fetching one when none is cached.
   *
   * @param throttle paces a token request, if one is needed
   * @return the token
   * @throws io.sharedo.export.ExportException EXPORT_008 when credentials are refused or the token is
   *     not a well-formed bearer token, EXPORT_007 on network failure
   */
  String token(RequestThrottle throttle);

  /**
   * Forgets {@code rejected} after the server answered 401, so the next {@link #token} fetches a new
   * one; a no-op when another thread has already replaced it.
   *
   * @param rejected the token the server refused
   * @return true when a fresh token may be fetched (false for a fixed token)
   */
  boolean invalidate(String rejected);

  /**
   * The credentials this source holds (secrets, header values, every token it handed out), to be
   * masked in whatever a server sends back.
   *
   * @return the environment's mask
   */
  CredentialMask mask();
}
