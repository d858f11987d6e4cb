package io.sharedo.export;

import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Exports in one call: create the job, wait for it, download, verify, extract and parse the
 * package. Every export asks the server afresh; nothing is served from a cache.
 *
 * <p>Every long operation has a blocking and an asynchronous form. A blocking call delivers its
 * events on the calling thread; an asynchronous one returns at once, and cancelling its future
 * cancels the work (and the server job). Each call may take its own {@link ExportListener},
 * which receives that call's events in addition to the client-wide listener, so one shared client
 * can serve several UIs.
 *
 * <p>A destination that cannot be written (its folder is missing, is a file, is not writable, or
 * has no space left) is found before any job is created: EXPORT_004, not
 * {@linkplain ExportException#isRecoverable() recoverable}, with a message that says why.
 *
 * <p>Implementations are thread-safe. Failures throw {@link ExportException} with a stable
 * {@link ExportErrorCode}; invalid arguments, including an environment name that is not
 * registered (the message lists the registered names), throw {@link IllegalArgumentException}.
 * Temporary files and folders are removed whatever the outcome.
 */
public interface ExportService {

  /**
   * Exports an item and returns its parsed content; the package file is not kept.
   *
   * @param params what to export
   * @return the result
   * @throws ExportException on any failure
   */
  default ExportResult export(ExportParams params) {
    return export(params, null, ExportListener.NONE);
  }

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
  default ExportResult export(ExportParams params, Path destination) {
    return export(params, Checks.notNull(destination, "destination"), ExportListener.NONE);
  }

  /**
   * Exports an item, keeping the package file when a destination is given, and telling
   * {@code listener} about this export's events.
   *
   * @param params what to export
   * @param destination the package file to write (its folder must exist), or null to keep none
   * @param listener this call's listener ({@link ExportListener#NONE} for none); what it throws is logged and ignored
   * @return the result, with {@link ExportResult#download()} set when a destination was given
   * @throws ExportException on any failure; the destination is then left untouched
   */
  ExportResult export(ExportParams params, @Nullable Path destination, ExportListener listener);

  /**
   * Like {@link #export(ExportParams)}, asynchronously. Cancelling the future cancels the job.
   *
   * @param params what to export
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  default CompletableFuture<ExportResult> exportAsync(ExportParams params) {
    return exportAsync(params, null, ExportListener.NONE);
  }

  /**
   * Like {@link #export(ExportParams, Path)}, asynchronously. Cancelling the future cancels the job.
   *
   * @param params what to export
   * @param destination the package file to write (its folder must exist)
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  default CompletableFuture<ExportResult> exportAsync(ExportParams params, Path destination) {
    return exportAsync(params, Checks.notNull(destination, "destination"), ExportListener.NONE);
  }

  /**
   * Like {@link #export(ExportParams, Path, ExportListener)}, asynchronously. Cancelling the future
   * cancels the job.
   *
   * @param params what to export
   * @param destination the package file to write (its folder must exist), or null to keep none
   * @param listener this call's listener ({@link ExportListener#NONE} for none)
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  CompletableFuture<ExportResult> exportAsync(ExportParams params, @Nullable Path destination, ExportListener listener);

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
   * {@link ExportJobManager#recoverInterruptedJobs()}), without creating a new job, and puts the
   * package where that export was putting it ({@link RecoveredJob#destination()}), if anywhere. The
   * journal entry is removed once the package is in place, or when the job can no longer be
   * finished (it failed on the server, is unknown, or was cancelled).
   *
   * @param recovered the interrupted job
   * @return the result
   * @throws ExportException on any failure (EXPORT_003 when the server no longer knows the job)
   */
  default ExportResult resume(RecoveredJob recovered) {
    return resume(Checks.notNull(recovered, "recovered"), recovered.destination(), ExportListener.NONE);
  }

  /**
   * Like {@link #resume(RecoveredJob)}, keeping the verified package file at {@code destination}
   * instead of the recorded one.
   *
   * @param recovered the interrupted job
   * @param destination the package file to write (its folder must exist), or an existing folder: the file then
   *     takes the name the server proposes ({@code Content-Disposition}, reduced to one safe file name ending in
   *     {@code .zip}) or {@code export-<jobId>.zip}; the result's {@link DownloadResult#path()} says which
   * @return the result, with {@link ExportResult#download()} set
   * @throws ExportException on any failure; the destination is then left untouched
   */
  default ExportResult resume(RecoveredJob recovered, Path destination) {
    return resume(recovered, Checks.notNull(destination, "destination"), ExportListener.NONE);
  }

  /**
   * Like {@link #resume(RecoveredJob)}, with the package file at {@code destination} and this
   * call's listener.
   *
   * @param recovered the interrupted job
   * @param destination the package file to write (its folder must exist), or null to keep none
   * @param listener this call's listener ({@link ExportListener#NONE} for none)
   * @return the result, with {@link ExportResult#download()} set when a destination was given
   * @throws ExportException on any failure; the destination is then left untouched
   */
  ExportResult resume(RecoveredJob recovered, @Nullable Path destination, ExportListener listener);

  /**
   * Like {@link #resume(RecoveredJob)}, asynchronously. Cancelling the future cancels the job.
   *
   * @param recovered the interrupted job
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  default CompletableFuture<ExportResult> resumeAsync(RecoveredJob recovered) {
    return resumeAsync(Checks.notNull(recovered, "recovered"), recovered.destination(), ExportListener.NONE);
  }

  /**
   * Like {@link #resume(RecoveredJob, Path, ExportListener)}, asynchronously. Cancelling the future
   * cancels the job.
   *
   * @param recovered the interrupted job
   * @param destination the package file to write (its folder must exist), or null to keep none
   * @param listener this call's listener ({@link ExportListener#NONE} for none)
   * @return a future completed with the result, or exceptionally with an {@link ExportException}
   */
  CompletableFuture<ExportResult> resumeAsync(RecoveredJob recovered, @Nullable Path destination, ExportListener listener);

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
   * Like {@link #compareExports(ExportType, String, String, String, CompareOptions)},
   * asynchronously. Cancelling the future cancels both exports.
   *
   * @param type the kind of item
   * @param systemName the item's system name
   * @param leftEnvironment the left environment
   * @param rightEnvironment the right environment
   * @param options what to ignore
   * @return a future completed with the comparison, or exceptionally with an {@link ExportException}
   */
  CompletableFuture<ComparisonResult> compareExportsAsync(
      ExportType type, String systemName, String leftEnvironment, String rightEnvironment, CompareOptions options);

  /**
   * Compares two package files already on disk with {@link CompareOptions#defaults()}; no server
   * is involved.
   *
   * @param leftPackage the left package ZIP
   * @param rightPackage the right package ZIP
   * @return the comparison, labelled with the file names
   * @throws ExportException EXPORT_006 when either package is invalid
   */
  default ComparisonResult comparePackages(Path leftPackage, Path rightPackage) {
    return comparePackages(leftPackage, rightPackage, CompareOptions.defaults());
  }

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
