package io.sharedo.export;

/** Where an export was when it was last recorded in the client's job journal. */
public enum JobPhase {
  /** The job was created; it was being monitored. */
  MONITORING,
  /** The job had completed; its package was being downloaded. */
  DOWNLOADING
}
