package io.sharedo.export.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues random bearer tokens, remembers whom each stands for, and checks them against their expiry on
 * the server's clock. Thread-safe.
 */
final class TokenStore {
  /**
   * What a token stands for.
   *
   * @param subject the user it acts as, or the client id for a client-credentials token
   * @param user true when it acts as a user (an {@code Impersonate.*} grant)
   * @param expiry when it stops working
   */
  record Issued(String subject, boolean user, Instant expiry) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Issued> issued = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration lifetime;

  TokenStore(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  String issue(String subject, boolean user) {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.put(token, new Issued(subject, user, clock.instant().plus(lifetime)));
    return token;
  }

  long lifetimeSeconds() {
    return lifetime.toSeconds();
  }

  /** The token an {@code Authorization} header carries, when it was issued, not revoked, not expired. */
  Optional<Issued> accepted(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    Issued token = issued.get(authorization.substring(7).trim());
    return token != null && clock.instant().isBefore(token.expiry()) ? Optional.of(token) : Optional.empty();
  }

  boolean accepts(String authorization) {
    return accepted(authorization).isPresent();
  }

  void revokeAll() {
    issued.clear();
  }
}
