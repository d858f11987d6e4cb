package io.sharedo.export.core.internal;

/**
 * Paces the HTTP requests of one export. The HTTP layer calls {@link #acquire()} before every
 * request it sends for that export; a batch with a per-server rate limit hands each export a
 * throttle shared by every export to the same server.
 */
@FunctionalInterface
public interface RequestThrottle {

  /** A throttle that never waits. */
  RequestThrottle NONE = () -> {};

  /**
   * Blocks until the next request may be sent.
   *
   * @throws InterruptedException when the waiting thread is interrupted
   */
  void acquire() throws InterruptedException;
}
