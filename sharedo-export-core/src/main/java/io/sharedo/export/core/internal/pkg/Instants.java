package io.sharedo.export.core.internal.pkg;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Parses the timestamps of package JSON: an ISO-8601 instant ({@code 2026-11-28T10:15:02.1234567Z},
 * up to nine fractional digits), a date-time with an offset, or a date-time without a zone, which
 * is read as UTC (how .NET writes a {@code DateTime} of unspecified kind).
 */
final class Instants {
  private Instants() {}

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException notAnInstant) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notAnOffsetDateTime) {
        try {
          return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notALocalDateTime) {
          return Optional.empty();
        }
      }
    }
  }
}
