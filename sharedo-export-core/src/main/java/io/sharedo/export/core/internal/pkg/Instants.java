package io.sharedo.export.core.internal.pkg;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses the timestamps of package JSON: an ISO-8601 instant, or a date-time with an offset. */
final class Instants {
  private Instants() {}

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException notAnInstant) {
      try {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      } catch (DateTimeParseException notAnOffsetDateTime) {
        return Optional.empty();
      }
    }
  }
}
