package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.text.TerminalText;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the exceptions of package reading, so that every message names the package and says what to do. */
public final class PackageErrors {

  /** Advice for a package that is damaged or was not made by an export. */
  public static final String DOWNLOAD_AGAIN = "download the package again, or run the export again";

  private PackageErrors() {}

  /**
   * EXPORT_006: the package is invalid, unsafe, or exceeds a limit.
   *
   * @param zip the package file
   * @param problem what is wrong, as a sentence fragment ("has no manifest.json")
   * @param advice what to do
   * @param cause the underlying cause, or null
   * @param details extra facts as alternating keys and values
   * @return the exception, to throw
   */
  public static ExportException invalid(Path zip, String problem, String advice, @Nullable Throwable cause, String... details) {
    return new ExportException(ExportErrorCode.VALIDATION_FAILED,
        "package " + name(zip) + " " + TerminalText.escape(problem) + "; " + advice, details(zip, details), cause);
  }

  /**
   * EXPORT_006 for a package holding more entries than the limit allows.
   *
   * @param zip the package file
   * @param problem what the package holds or claims ("has 60000 entries")
   * @param maxEntries the limit
   * @return the exception, to throw
   */
  public static ExportException tooManyEntries(Path zip, String problem, int maxEntries) {
    return invalid(zip, problem + ", over the limit maxEntries=" + maxEntries,
        "if you trust this package, raise the limit with PackageLimits.builder().maxEntries(..)", null,
        "limit", "maxEntries", "limitValue", Integer.toString(maxEntries));
  }

  /**
   * EXPORT_006 for a package over one of the {@code PackageLimits}.
   *
   * @param zip the package file
   * @param problem what the package holds ("has a manifest listing more than 10000 steps")
   * @param limit the limit's name, as the builder method is named
   * @param value the limit's value
   * @return the exception, to throw
   */
  public static ExportException overLimit(Path zip, String problem, String limit, long value) {
    return invalid(zip, problem + ", over the limit " + limit + "=" + value,
        "if you trust this package, raise the limit with PackageLimits.builder()." + limit + "(..)", null,
        "limit", limit, "limitValue", Long.toString(value));
  }

  /** Advice when writing the extracted files fails. */
  public static final String CHECK_FOLDER = "check that the folder is writable and the disk has space, then try again";

  /**
   * EXPORT_005: the package could not be written out (an I/O error on the target side).
   *
   * @param zip the package file
   * @param problem what failed
   * @param advice what to do
   * @param cause the underlying cause, or null
   * @param details extra facts as alternating keys and values
   * @return the exception, to throw
   */
  public static ExportException extractionFailed(
      Path zip, String problem, String advice, @Nullable Throwable cause, String... details) {
    String reason = cause == null ? "" : " (" + reason(cause) + ")";
    return new ExportException(ExportErrorCode.EXTRACTION_FAILED,
        "could not extract package " + name(zip) + ": " + TerminalText.escape(problem + reason) + "; " + advice,
        details(zip, details), cause);
  }

  /**
   * The failure for an I/O error while writing or reading back extracted files: EXPORT_009 when it
   * was caused by interrupting the thread (NIO channels close themselves on interrupt), EXPORT_005
   * otherwise.
   *
   * @param zip the package file
   * @param problem what failed
   * @param e the I/O failure
   * @param details extra facts as alternating keys and values
   * @return the exception, to throw
   */
  public static ExportException writeFailed(Path zip, String problem, IOException e, String... details) {
    if (e instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
      ExportException cancelled = interrupted(zip);
      cancelled.initCause(e);
      return cancelled;
    }
    return extractionFailed(zip, problem, CHECK_FOLDER, e, details);
  }

  /**
   * EXPORT_009: the thread was interrupted while the package was being extracted.
   *
   * @param zip the package file
   * @return the exception, to throw
   */
  public static ExportException interrupted(Path zip) {
    return new ExportCancelledException(null, false,
        "extraction of " + name(zip) + " was interrupted; the partly extracted files were removed");
  }

  /**
   * A failure's message for use in ours, never "null".
   *
   * @param e the failure
   * @return its message, or its type's name when it has none
   */
  public static String reason(Throwable e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static @Nullable String name(Path zip) {
    Path fileName = zip.getFileName();
    return TerminalText.escape(fileName == null ? zip.toString() : fileName.toString());
  }

  private static Map<String, String> details(Path zip, String... pairs) {
    if (pairs.length % 2 != 0) {
      throw new IllegalArgumentException("details must be key/value pairs");
    }
    Map<String, String> details = new LinkedHashMap<>();
    details.put("package", zip.toString());
    for (int i = 0; i < pairs.length; i += 2) {
      // Values may hold entry names, which the package's author chose: no control characters.
      details.put(pairs[i], TerminalText.escape(String.valueOf(pairs[i + 1])));
    }
    return details;
  }
}
