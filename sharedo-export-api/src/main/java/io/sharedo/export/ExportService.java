package io.sharedo.export;

import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Exports in one call: create the job, wait for it, download, verify, extract and parse the
 * package. Every export asks the server afresh; nothing is served from a cache.
 *
 * <p>Implementations are thread-safe. Failures throw {@link ExportException} with a stable
 * {@link ExportErrorCode}; invalid arguments throw {@link IllegalArgumentException}. Temporary
 * files and folders are removed whatever the outcome.
 */
public interface ExportService {

  /**
   * Exports an item and returns its parsed content; the package file is not kept.
   *
   * @param params what to export
   * @return the result
   * @throws ExportException on any failure
   */
  ExportResult export(ExportParams params);

  /**
   * Exports an item, keeping the verified package file at {@code destination}.
   *
   * @param params what to export
   * @param destination the package file to write (its folder must exist), or an existing folder: the file then
   *     takes the name the server proposes ({@code Content-Disposition}, reduced to one safe file name ending in
   *     {@code .zip}) or {@code export-<jobId>.zip}; the result's {@link DownloadResult#path()} says which
   * @return the result, with {@link ExportResult#download()} set
   * @throws ExportException on any failure; the destination is then left untouched
   */
  ExportResult export(ExportParams params, Path destination);

  /**
   * Like {@link #export(ExportParams)}, asynchronously. Cancelling the future cancels the job.
   *
   * @param params what to export
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  CompletableFuture<ExportResult> exportAsync(ExportParams params);

  /**
   * Exports a work type with default options.
   *
   * @param systemName the work type's system name
   * @param environment the registered environment name
   * @return the result
   * @throws ExportException on any failure
   */
  default ExportResult exportWorkType(String systemName, String environment) {
    return export(ExportParams.of(ExportType.WORKTYPE, systemName, environment));
  }

  /**
   * Exports a workflow with default options.
   *
   * @param systemName the workflow's system name
   * @param environment the registered environment name
   * @return the result
   * @throws ExportException on any failure
   */
  default ExportResult exportWorkflow(String systemName, String environment) {
    return export(ExportParams.of(ExportType.WORKFLOW, systemName, environment));
  }

  /**
   * Exports a form with default options.
   *
   * @param systemName the form's system name
   * @param environment the registered environment name
   * @return the result
   * @throws ExportException on any failure
   */
  default ExportResult exportForm(String systemName, String environment) {
    return export(ExportParams.of(ExportType.FORM, systemName, environment));
  }

  /**
   * Exports a global configuration feature with default options.
   *
   * @param systemName the feature's system name
   * @param environment the registered environment name
   * @return the result
   * @throws ExportException on any failure
   */
  default ExportResult exportConfiguration(String systemName, String environment) {
    return export(ExportParams.of(ExportType.CONFIGURATION, systemName, environment));
  }

  /**
   * Finishes an export whose job a previous process created (see
   * {@link ExportJobManager#recoverInterruptedJobs()}), without creating a new job.
   *
   * @param recovered the interrupted job
   * @return the result
   * @throws ExportException on any failure (EXPORT_003 when the server no longer knows the job)
   */
  ExportResult resume(RecoveredJob recovered);

  /**
   * Like {@link #resume(RecoveredJob)}, keeping the verified package file at {@code destination}.
   *
   * @param recovered the interrupted job
   * @param destination the package file to write (its folder must exist), or an existing folder: the file then
   *     takes the name the server proposes ({@code Content-Disposition}, reduced to one safe file name ending in
   *     {@code .zip}) or {@code export-<jobId>.zip}; the result's {@link DownloadResult#path()} says which
   * @return the result, with {@link ExportResult#download()} set
   * @throws ExportException on any failure; the destination is then left untouched
   */
  ExportResult resume(RecoveredJob recovered, Path destination);

  /**
   * Exports the same item from two environments, in parallel and afresh, and compares them with
   * {@link CompareOptions#defaults()}.
   *
   * @param type the kind of item
   * @param systemName the item's system name
   * @param leftEnvironment the left environment
   * @param rightEnvironment the right environment
   * @return the comparison
   * @throws ExportException when either export fails
   */
  default ComparisonResult compareExports(
      ExportType type, String systemName, String leftEnvironment, String rightEnvironment) {
    return compareExports(type, systemName, leftEnvironment, rightEnvironment, CompareOptions.defaults());
  }

  /**
   * Exports the same item from two environments, in parallel and afresh, and compares them.
   *
   * @param type the kind of item
   * @param systemName the item's system name
   * @param leftEnvironment the left environment
   * @param rightEnvironment the right environment
   * @param options what to ignore
   * @return the comparison
   * @throws ExportException when either export fails
   */
  ComparisonResult compareExports(
      ExportType type, String systemName, String leftEnvironment, String rightEnvironment, CompareOptions options);

  /**
   * Compares two package files already on disk; no server is involved.
   *
   * @param leftPackage the left package ZIP
   * @param rightPackage the right package ZIP
   * @param options what to ignore
   * @return the comparison, labelled with the file names
   * @throws ExportException EXPORT_006 when either package is invalid
   */
  ComparisonResult comparePackages(Path leftPackage, Path rightPackage, CompareOptions options);
}
