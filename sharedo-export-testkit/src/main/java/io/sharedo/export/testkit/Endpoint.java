package io.sharedo.export.testkit;

/** The endpoints of the fake server, used to count and match requests. */
public enum Endpoint {
  /** {@code POST {identityUrl}/connect/token}. */
  TOKEN,
  /** {@code POST {baseUrl}/api/modeller/importexport/export/package}. */
  CREATE_JOB,
  /** {@code POST {baseUrl}/api/modeller/importexport/export/added}. */
  DEPENDENCIES,
  /** {@code GET {baseUrl}/api/modeller/importexport/export/package/{id}/progress/}. */
  PROGRESS,
  /** {@code DELETE {baseUrl}/api/modeller/importexport/export/package/{id}}. */
  CANCEL,
  /** {@code GET {baseUrl}/modeller/__importexport/export/package/{id}/download}. */
  DOWNLOAD,
  /** {@code POST {baseUrl}/api/configuration/export}. */
  CONFIGURATION_EXPORT,
  /** Any other path or method; answered 404 or 405. */
  UNKNOWN
}
