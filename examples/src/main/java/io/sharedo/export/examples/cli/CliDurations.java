package io.sharedo.export.examples.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations the way people type them: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h},
 * {@code 1d}, combinations such as {@code 1m30s}, or ISO-8601 ({@code PT90S}). A duration must be
 * positive and at most 30 days. Stateless, thread-safe.
 */
final class CliDurations implements ITypeConverter<Duration> {
  private static final Pattern PART = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");
  private static final Duration LONGEST = Duration.ofDays(30);

  @Override
  public Duration convert(String value) {
    return parse(value);
  }

  /**
   * Parses a duration.
   *
   * @param value the text, for example {@code 10s}
   * @return the positive duration
   * @throws TypeConversionException saying what a duration looks like, when the text is not one
   */
  static Duration parse(String value) {
    String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    Duration total = text.startsWith("p") ? iso(text) : units(text);
    if (total == null || total.isZero() || total.isNegative() || total.compareTo(LONGEST) > 0) {
      throw new TypeConversionException("'" + value + "' is not a duration between 1 ms and 30 days;"
          + " write it like 500ms, 10s, 2m, 1h or 1m30s");
    }
    return total;
  }

  private static Duration iso(String text) {
    try {
      return Duration.parse(text.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration units(String text) {
    Matcher part = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (part.find() && part.start() == end) {
      long amount = Long.parseLong(part.group(1));
      total = total.plus(switch (part.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      });
      end = part.end();
    }
    return end == text.length() && end > 0 ? total : null;
  }
}
