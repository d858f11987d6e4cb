package io.sharedo.export;

/** Which server API produced an export. */
public enum ExportMethod {
  /** The asynchronous package export job (the normal path). */
  PACKAGE_EXPORT,
  /** The synchronous configuration export API, used as a fallback. */
  CONFIGURATION_EXPORT
}
