package io.sharedo.export;

import io.sharedo.export.component.ExportPackage;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A finished export: which method produced it, its parsed content, and the package file when the
 * caller asked to keep one.
 *
 * @param params what was exported
 * @param job the server job, or null when the configuration export fallback produced the result
 * @param method which server API produced the content
 * @param content the parsed package
 * @param download the kept package file, or null when the package was not kept
 * @param duration how long the whole trip took
 */
public record ExportResult(
    ExportParams params,
    @Nullable ExportJob job,
    ExportMethod method,
    ExportPackage content,
    @Nullable DownloadResult download,
    Duration duration) {

  /**
   * Creates the record, checking every argument.
   *
   * @param params what was exported
   * @param job the server job, or null when the configuration export fallback produced the result
   * @param method which server API produced the content
   * @param content the parsed package
   * @param download the kept package file, or null when the package was not kept
   * @param duration how long the whole trip took
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportResult {
    Checks.notNull(params, "params");
    Checks.notNull(method, "method");
    if (method == ExportMethod.PACKAGE_EXPORT && job == null) {
      throw new IllegalArgumentException("job cannot be null for a PACKAGE_EXPORT result");
    }
    Checks.notNull(content, "content");
    Checks.notNegative(duration, "duration");
  }

  /**
   * One short line for logs, for example
   * {@code ExportResult[WORKTYPE matter from uat by PACKAGE_EXPORT, job 42, 3 components, kept at out/matter.zip, 1234 ms]};
   * the content itself is left out.
   *
   * @return the summary line
   */
  @Override
  public String toString() {
    return "ExportResult[" + params.type() + " " + params.systemName() + " from " + params.environment() + " by "
        + method + (job == null ? "" : ", job " + job.jobId()) + ", " + content.allComponents().size()
        + " components" + (download == null ? "" : ", kept at " + download.path()) + ", " + duration.toMillis()
        + " ms]";
  }
}
