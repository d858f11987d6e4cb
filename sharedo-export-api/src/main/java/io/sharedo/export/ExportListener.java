package io.sharedo.export;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Observes exports: one method per lifecycle event, each a no-op by default, so a listener
 * overrides only what it needs. This is how a UI shows progress and errors; the library itself
 * never prints to the console.
 *
 * <p>An export's events come in this order: {@link #exportStarted}, {@link #jobCreated},
 * {@link #progress} (repeatedly; percentage never goes backwards), {@link #downloadStarted},
 * {@link #downloadProgress} (repeatedly), {@link #validated}, {@link #extracted}, then exactly one of
 * {@link #completed} or {@link #failed}. {@link #retryScheduled} and {@link #stalled} may come
 * between any two of them. A fallback export skips the job and download events.
 *
 * <p>A listener given to the client hears every call; one given to a single call (for example
 * {@link ExportService#export(ExportParams, java.nio.file.Path, ExportListener)} or
 * {@link BatchExportService#batchExport(java.util.List, BatchOptions, ExportListener)}) hears that
 * call's events, after the client's listener, so one shared client can serve several UIs.
 *
 * <p><b>Threading.</b> Events are delivered on the thread doing the work: the caller's thread for
 * blocking methods, a library scheduler or download thread for asynchronous ones. Methods must be
 * fast, must not block and must not call back into the client. Several exports may deliver events
 * concurrently, so an implementation shared between exports must be thread-safe.
 *
 * <p><b>Errors.</b> An exception thrown by a listener method is caught and logged; it never breaks
 * the export.
 */
public interface ExportListener {

  /** A listener that ignores every event. */
  ExportListener NONE = new ExportListener() {};

  /**
   * An export begins (before the job is created).
   *
   * @param params what is being exported
   */
  default void exportStarted(ExportParams params) {}

  /**
   * The server accepted the job.
   *
   * @param job the new job
   */
  default void jobCreated(ExportJob job) {}

  /**
   * The job progressed. Called only when the percentage or the step changed, and never with a
   * lower percentage than before.
   *
   * @param job the job
   * @param percentage 0..100
   * @param step what the server is doing, or null
   */
  default void progress(ExportJob job, int percentage, @Nullable String step) {}

  /**
   * The job has made no progress for a while (reported once per stall, before the stall limit ends it).
   *
   * @param job the job
   * @param sinceLastProgress how long since the last progress
   */
  default void stalled(ExportJob job, Duration sinceLastProgress) {}

  /**
   * A failed request will be tried again.
   *
   * @param params the export the request belongs to
   * @param operation what is retried, for example {@code "create"}, {@code "poll"}, {@code "download"}
   * @param attempt the number of the attempt about to be made (2 for the first retry)
   * @param delay how long the client waits first
   * @param cause why the previous attempt failed
   */
  default void retryScheduled(ExportParams params, String operation, int attempt, Duration delay, ExportException cause) {}

  /**
   * The package download begins (or resumes).
   *
   * @param job the job
   * @param offset the byte offset it starts from (0, or the resume point)
   * @param totalBytes the package size, or -1 when unknown
   */
  default void downloadStarted(ExportJob job, long offset, long totalBytes) {}

  /**
   * More of the package arrived.
   *
   * @param job the job
   * @param bytesReceived bytes received so far
   * @param totalBytes the package size, or -1 when unknown
   */
  default void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {}

  /**
   * The package passed validation (size, checksum, ZIP structure, manifest).
   *
   * @param job the job
   * @param download the verified package file
   */
  default void validated(ExportJob job, DownloadResult download) {}

  /**
   * The package was extracted.
   *
   * @param job the job
   * @param directory where it was extracted
   * @param files how many files it held
   */
  default void extracted(ExportJob job, Path directory, int files) {}

  /**
   * The export finished successfully.
   *
   * @param result the result
   */
  default void completed(ExportResult result) {}

  /**
   * The export failed.
   *
   * @param params what was being exported
   * @param error why
   */
  default void failed(ExportParams params, ExportException error) {}

  /**
   * One item of a batch finished (successfully or not).
   *
   * @param outcome the item's outcome
   * @param finished how many items of the batch have finished so far
   * @param total how many items the batch has
   */
  default void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {}
}
