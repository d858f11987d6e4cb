package io.sharedo.export.examples.cli;

import java.time.Duration;
import java.util.Locale;

/**
 * Formats sizes, durations and progress bars for people. Stateless, thread-safe.
 */
final class Formats {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private Formats() {}

  /**
   * A byte count with a binary unit: {@code 512 B}, {@code 1.5 KB}, {@code 12.0 MB}.
   *
   * @param bytes the count, not negative
   * @return the text
   */
  static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /**
   * A clock-style duration: {@code 00:07}, {@code 12:34}, {@code 1:02:03}.
   *
   * @param duration the duration, negative counts as zero
   * @return the text
   */
  static String clock(Duration duration) {
    long seconds = Math.max(0, duration.getSeconds());
    long hours = seconds / 3600;
    long minutes = (seconds % 3600) / 60;
    long secs = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%02d:%02d", minutes, secs);
  }

  /**
   * A short duration for summaries: {@code 850 ms}, {@code 2.4 s}, {@code 3 min 05 s}.
   *
   * @param duration the duration
   * @return the text
   */
  static String took(Duration duration) {
    long millis = Math.max(0, duration.toMillis());
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
  }

  /**
   * A bar of the given inner width, filled in proportion: {@code [#####.....]}.
   *
   * @param percentage 0..100 (clamped)
   * @param width the number of cells inside the brackets
   * @return the bar
   */
  static String bar(int percentage, int width) {
    int clamped = Math.max(0, Math.min(100, percentage));
    int filled = clamped * width / 100;
    return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
  }

  /**
   * The text cut to at most {@code max} characters, ending in {@code ...} when cut.
   *
   * @param text the text, may be null (gives "")
   * @param max the most characters, at least 1
   * @return the text
   */
  static String fit(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, Math.max(0, max - 3)) + "...";
  }

  /**
   * The text folded onto one line: line breaks and the blanks around them become one space.
   *
   * @param text the text
   * @return the line
   */
  static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
