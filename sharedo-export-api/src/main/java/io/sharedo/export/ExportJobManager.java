package io.sharedo.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Drives export jobs step by step: create, monitor, download, cancel, retry and recover. Use this
 * when you need control over each step; {@link ExportService} does the whole trip in one call.
 *
 * <p>A job known only by its id (typed by a user, stored by another process) is
 * {@link ExportJob#reference(String, String)}: status, monitoring, download and cancellation take
 * it like a job this client created.
 *
 * <p>Implementations are thread-safe. Every method that talks to the server throws
 * {@link ExportException} with a stable {@link ExportErrorCode} on failure, and
 * {@link IllegalArgumentException} for invalid arguments, including an environment name that is
 * not registered (the message lists the registered names).
 */
public interface ExportJobManager {

  /**
   * Creates an export job on the server. A failed request is retried with the same idempotency
   * key, so the server makes at most one job.
   *
   * @param params what to export
   * @return the accepted job
   * @throws ExportException EXPORT_001 when the server refuses, EXPORT_007/EXPORT_008 on network or auth failure
   */
  ExportJob createJob(ExportParams params);

  /**
   * Creates several jobs. Creation stops at the first failure, which is thrown; jobs created before
   * it are not cancelled.
   *
   * @param params what to export
   * @return the accepted jobs, in input order
   * @throws ExportException as {@link #createJob(ExportParams)}
   */
  List<ExportJob> createBatchJobs(List<ExportParams> params);

  /**
   * Asks the server for the job's status once.
   *
   * @param job the job
   * @return its status
   * @throws ExportException EXPORT_003 when the server does not know the job
   */
  JobStatus getJobStatus(ExportJob job);

  /**
   * Waits until the job has completed and its package can be downloaded, polling adaptively.
   * Interrupting the waiting thread cancels the job and throws {@link ExportCancelledException}.
   *
   * @param job the job
   * @param deadline the longest time to wait
   * @return the final status
   * @throws ExportTimeoutException EXPORT_002 when the deadline, poll budget or stall limit is exceeded
   * @throws ExportCancelledException EXPORT_009 when the waiting thread was interrupted
   * @throws ExportException EXPORT_003 when the job failed on the server or is unknown
   */
  JobStatus monitorJob(ExportJob job, Duration deadline);

  /**
   * Like {@link #monitorJob(ExportJob, Duration)}, without holding a thread while waiting: a small
   * shared scheduler serves all monitored jobs. Cancelling the returned future stops polling and
   * cancels the job on the server.
   *
   * @param job the job
   * @param deadline the longest time to wait
   * @return a future completed with the final status, or exceptionally with an {@link ExportException}
   */
  CompletableFuture<JobStatus> monitorJobAsync(ExportJob job, Duration deadline);

  /**
   * Downloads a completed job's package to {@code destination}, verifying its size and checksum.
   * The file appears at the destination only when complete and verified.
   *
   * @param job the completed job
   * @param destination the package file to write (its folder must exist), or an existing folder: the file then
   *     takes the name the server proposes ({@code Content-Disposition}, reduced to one safe file name ending in
   *     {@code .zip}) or {@code export-<jobId>.zip}; the result's {@link DownloadResult#path()} says which
   * @return the verified download
   * @throws ExportException EXPORT_004 when the destination cannot be written (found before anything is
   *     requested, not recoverable) or the download fails, EXPORT_006 on size or checksum mismatch
   */
  DownloadResult downloadPackage(ExportJob job, Path destination);

  /**
   * Asks the server to cancel the job. Cancelling a finished job is not an error.
   *
   * @param job the job
   * @return whether the server acknowledged it
   */
  CancelResult cancelJob(ExportJob job);

  /**
   * Creates a new job with the failed job's original parameters.
   *
   * @param failed the job to redo
   * @return the new job
   * @throws ExportException as {@link #createJob(ExportParams)}
   * @throws IllegalArgumentException when {@code failed} is a {@linkplain ExportJob#reference reference},
   *     which has no parameters
   */
  ExportJob retryFailedJob(ExportJob failed);

  /**
   * Finds the jobs that were being monitored or downloaded when a previous process stopped, from the
   * client's job journal. Finish them with {@link ExportService#resume(RecoveredJob)}.
   *
   * @return the interrupted jobs, oldest first; empty when the journal is off or empty
   */
  List<RecoveredJob> recoverInterruptedJobs();
}
