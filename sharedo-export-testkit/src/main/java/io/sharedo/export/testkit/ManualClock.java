package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A clock that moves only when told, for fast deterministic tests: give it to
 * {@link FakeShareDoServerBuilder#clock(Clock)} and move jobs on with
 * {@link FakeShareDoServer#advance(Duration)}. Thread-safe.
 */
public final class ManualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code start}, in UTC.
   *
   * @param start the initial instant
   * @return a new clock
   */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(new AtomicReference<>(Args.notNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * A clock standing at the current time, in UTC.
   *
   * @return a new clock
   */
  public static ManualClock startingNow() {
    return startingAt(Instant.now());
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far; not negative
   * @return the new instant
   */
  public Instant advance(Duration duration) {
    Args.notNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration cannot be negative");
    }
    return now.updateAndGet(t -> t.plus(duration));
  }

  @Override
  public Instant instant() {
    return Objects.requireNonNull(now.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A clock sharing this one's time (advancing either moves both) in another zone. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new ManualClock(now, Args.notNull(zone, "zone"));
  }
}
