package io.sharedo.export.core.internal.http;

import java.time.Duration;

/** Durations as people read them in messages ({@code 250 ms}, {@code 42 s}, {@code 3 min 5 s}, {@code 2 d 4 h}). */
public final class Waits {
  private Waits() {}

  /**
   * A short human-readable form.
   *
   * @param wait the duration, not negative
   * @return the text
   */
  public static String describe(Duration wait) {
    long millis = wait.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    long seconds = wait.toSeconds();
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return seconds / 60 + " min" + (seconds % 60 == 0 ? "" : " " + seconds % 60 + " s");
    }
    if (seconds < 86_400) {
      return seconds / 3600 + " h" + (seconds % 3600 / 60 == 0 ? "" : " " + seconds % 3600 / 60 + " min");
    }
    return seconds / 86_400 + " d" + (seconds % 86_400 / 3600 == 0 ? "" : " " + seconds % 86_400 / 3600 + " h");
  }
}
