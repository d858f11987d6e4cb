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
  static RateLimitedThrottle rateLimited(double requestsPerSecond) {
    long interval = Math.max(1L, Math.round(1_000_000_000d / requestsPerSecond));
    return new RateLimitedThrottle(RateLimiter.smoothBuilder(Duration.ofNanos(interval)).build());
  }

  /** A throttle on a Failsafe rate limiter; tests look at its permits without waiting for them. */
  static final class RateLimitedThrottle implements RequestThrottle {
    private final RateLimiter<Object> limiter;

    RateLimitedThrottle(RateLimiter<Object> limiter) {
      this.limiter = limiter;
    }

    @Override
    public void acquire() throws InterruptedException {
      limiter.acquirePermit();
    }

    /** Takes a permit if one is free now, never waiting; for tests. */
    boolean tryAcquireNow() {
      return limiter.tryAcquirePermit();
    }
  }
}
