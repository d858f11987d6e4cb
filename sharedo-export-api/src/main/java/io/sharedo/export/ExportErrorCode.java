package io.sharedo.export;

/**
 * The stable error codes of this library. The {@link #code()} strings never change between
 * releases, so callers may store them, compare them and show them to users.
 *
 * <p>{@link #recoverableByDefault()} says whether trying again (later, with a longer deadline,
 * or another export method) can succeed without the caller changing anything.
 */
public enum ExportErrorCode {
  /** The server refused to create the export job (bad request, unknown item). */
  JOB_CREATION_FAILED("EXPORT_001", "job creation failed", false),
  /** The job exceeded the deadline, the poll budget, or made no progress past the stall limit. */
  JOB_TIMED_OUT("EXPORT_002", "job timed out", true),
  /** The job failed on the server, or the server does not know the job. */
  JOB_FAILED("EXPORT_003", "job failed on the server, or unknown job", true),
  /** The package download failed after retries and resume attempts. */
  DOWNLOAD_FAILED("EXPORT_004", "download failed", true),
  /** The package could not be extracted (I/O error while writing the files). */
  EXTRACTION_FAILED("EXPORT_005", "extraction failed", false),
  /** The package is invalid: empty, not a ZIP, no manifest, checksum or size mismatch, unsafe entry, limits exceeded. */
  VALIDATION_FAILED("EXPORT_006", "validation failed", false),
  /** The server could not be reached, after retries. */
  NETWORK_ERROR("EXPORT_007", "network error", true),
  /** The credentials or token were refused. */
  AUTHENTICATION_FAILED("EXPORT_008", "authentication error", false),
  /** The caller cancelled the export. */
  CANCELLED("EXPORT_009", "cancelled by the caller", false);

  private final String code;
  private final String description;
  private final boolean recoverableByDefault;

  ExportErrorCode(String code, String description, boolean recoverableByDefault) {
    this.code = code;
    this.description = description;
    this.recoverableByDefault = recoverableByDefault;
  }

  /**
   * The stable code, for example {@code "EXPORT_004"}.
   *
   * @return the code string
   */
  public String code() {
    return code;
  }

  /**
   * A short human description of the code.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Whether an error with this code is usually worth retrying.
   *
   * @return true when a retry can succeed without the caller changing anything
   */
  public boolean recoverableByDefault() {
    return recoverableByDefault;
  }

  /**
   * Looks a code up by its stable string.
   *
   * @param code a code string such as {@code "EXPORT_001"}
   * @return the matching constant
   * @throws IllegalArgumentException when no constant has that code
   */
  public static ExportErrorCode fromCode(String code) {
    Checks.notNull(code, "code");
    for (ExportErrorCode value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown export error code: " + code);
  }

  @Override
  public String toString() {
    return code;
  }
}
