package io.sharedo.export;

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
   * Maps the server's state text, ignoring case; anything unrecognised is {@link #UNKNOWN}.
   *
   * @param raw the server's state text, may be null
   * @return the state
   */
  public static JobState fromServer(String raw) {
    if (raw == null) {
      return UNKNOWN;
    }
    for (JobState state : values()) {
      if (state != UNKNOWN && state.name().equalsIgnoreCase(raw.trim())) {
        return state;
      }
    }
    return UNKNOWN;
  }
}
