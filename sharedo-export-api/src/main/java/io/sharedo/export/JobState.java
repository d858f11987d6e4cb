package io.sharedo.export;

import org.jspecify.annotations.Nullable;

/**
 * A job's state as reported by the server. States the library does not know are reported as
 * {@link #UNKNOWN}, with the server's text kept in {@link JobStatus#rawState()}, and are treated as
 * not finished.
 */
public enum JobState {
  /** Accepted, not started. */
  PENDING,
  /** Being built. */
  RUNNING,
  /** Built; the package can be downloaded. */
  COMPLETED,
  /** Failed on the server. */
  FAILED,
  /** Cancelled. */
  CANCELLED,
  /** A state this library does not know. */
  UNKNOWN;

  /**
   * Whether the job can no longer change state.
   *
   * @return true for COMPLETED, FAILED and CANCELLED
   */
  public boolean isTerminal() {
    return this == COMPLETED || this == FAILED || this == CANCELLED;
  }

  /**
   * Maps the server's state text as ShareDo's own tools read it: case is ignored and spaces,
   * underscores and hyphens are alike; any state that contains {@code FAILED} (such as
   * {@code PACKAGE CREATION FAILED}) is {@link #FAILED}; the reported spellings {@code IN_PROGRESS},
   * {@code COMPLETE} and {@code CANCELED} are {@link #RUNNING}, {@link #COMPLETED} and
   * {@link #CANCELLED}; anything else is {@link #UNKNOWN} (and treated as not finished).
   *
   * @param raw the server's state text, may be null
   * @return the state
   */
  public static JobState fromServer(@Nullable String raw) {
    if (raw == null) {
      return UNKNOWN;
    }
    String normal = raw.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_-]+", "_");
    if (normal.contains("FAILED")) {
      return FAILED;
    }
    return switch (normal) {
      case "PENDING", "QUEUED" -> PENDING;
      case "RUNNING", "IN_PROGRESS" -> RUNNING;
      case "COMPLETED", "COMPLETE" -> COMPLETED;
      case "CANCELLED", "CANCELED" -> CANCELLED;
      default -> UNKNOWN;
    };
  }
}
