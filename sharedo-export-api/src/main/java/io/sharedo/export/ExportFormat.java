package io.sharedo.export;

/** The package format requested from the server. */
public enum ExportFormat {
  /** A JSON document (used by the configuration export fallback). */
  JSON,
  /** A ZIP package with a manifest; the default. */
  ZIP
}
