package io.sharedo.export.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Issues random bearer tokens and checks them against their expiry on the server's clock. Thread-safe. */
final class TokenStore {
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration lifetime;

  TokenStore(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  String issue() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, clock.instant().plus(lifetime));
    return token;
  }

  long lifetimeSeconds() {
    return lifetime.toSeconds();
  }

  /** True when the {@code Authorization} header carries a token that was issued, not revoked, not expired. */
  boolean accepts(String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    Instant expiry = expiries.get(authorization.substring(7).trim());
    return expiry != null && clock.instant().isBefore(expiry);
  }

  void revokeAll() {
    expiries.clear();
  }
}
