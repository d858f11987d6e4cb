package io.sharedo.export.core.internal.batch;

import dev.failsafe.RateLimiter;
import io.sharedo.export.core.internal.RequestThrottle;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One request throttle per environment (server) for one batch, so that every export to the same
 * server shares its rate limit. Thread-safe.
 */
final class ServerThrottles {
  private final double requestsPerSecond;
  private final Map<String, RequestThrottle> byEnvironment = new ConcurrentHashMap<>();

  /**
   * Creates the throttles.
   *
   * @param requestsPerSecond the most requests per second per server, or 0 for no limit
   */
  ServerThrottles(double requestsPerSecond) {
    this.requestsPerSecond = requestsPerSecond;
  }

  /**
   * The throttle of an environment: {@link RequestThrottle#NONE} when there is no limit, else the
   * same rate-limited throttle for every call with that environment.
   */
  RequestThrottle forEnvironment(String environment) {
    if (requestsPerSecond <= 0) {
      return RequestThrottle.NONE;
    }
    return byEnvironment.computeIfAbsent(environment, e -> rateLimited(requestsPerSecond));
  }

  /**
   * A throttle that spaces permits evenly, one per {@code 1 / requestsPerSecond} seconds: a smooth
   * limiter rather than a bursty one, so a batch never sends a server a burst of requests.
   */
  static RequestThrottle rateLimited(double requestsPerSecond) {
    long interval = Math.max(1L, Math.round(1_000_000_000d / requestsPerSecond));
    RateLimiter<Object> limiter = RateLimiter.smoothBuilder(Duration.ofNanos(interval)).build();
    return limiter::acquirePermit;
  }
}
