package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A misbehaviour the fake server can be told to show: switch one on for everything with
 * {@link FakeShareDoServer#inject(Fault)} or for the next job created with
 * {@link FakeShareDoServer#injectForNextJob(Fault)}. Faults are immutable values made by the
 * static factories below; a fault with a count ({@code times}) is used up after that many answers.
 *
 * <p>Kinds: job faults change how a job runs ({@link #jobFails}, {@link #packageCreationFails},
 * {@link #jobNeverFinishes},
 * {@link #stallAt}, {@link #progressNotFound}, {@link #tokenExpiresMidJob}); request faults answer a
 * request with an error ({@link #tooManyRequests}, {@link #serviceUnavailable}, {@link #serverErrors},
 * {@link #rejectCredentials}, {@link #packageExportMissing}); download faults change how the package
 * travels ({@link #dropConnectionAt}, {@link #truncateBody}, {@link #throttleBody}, {@link #ignoreRange},
 * {@link #checksumMismatch}); package faults change its bytes ({@link #corruptZip}, {@link #emptyBody},
 * {@link #noManifest}, {@link #manifestNotJson}, {@link #missingStepFile}, {@link #zipSlip},
 * {@link #zipBomb}). Given per job, request faults apply to that job's progress, cancel and download
 * requests; the create request itself only sees faults given with {@code inject}.
 */
public sealed interface Fault permits JobFault, RequestFault, DownloadFault, PackageFault {

  /**
   * The job fails half way with this message ({@code state: FAILED}, {@code errorMessage}).
   *
   * @param message why it failed
   * @return the fault
   */
  static Fault jobFails(String message) {
    return new JobFault.JobFails(message);
  }

  /**
   * The job exports every step, reaches 100 %, then fails to make its package: {@code state:
   * PACKAGE CREATION FAILED} with this {@code errorMessage}, as real servers were reported to answer.
   *
   * @param message why packaging failed
   * @return the fault
   */
  static Fault packageCreationFails(String message) {
    return new JobFault.PackageCreationFails(message);
  }

  /**
   * The job runs forever: its percentage rises to 99 and stays there, its state stays RUNNING.
   *
   * @return the fault
   */
  static Fault jobNeverFinishes() {
    return new JobFault.JobNeverFinishes();
  }

  /**
   * The job stalls: state RUNNING, percentage frozen at {@code percentage}, the same current step.
   *
   * @param percentage where it freezes, 0..99
   * @return the fault
   */
  static Fault stallAt(int percentage) {
    return new JobFault.StallAt(percentage);
  }

  /**
   * Progress requests answer 404, as for a job that expired.
   *
   * @return the fault
   */
  static Fault progressNotFound() {
    return new JobFault.ProgressNotFound();
  }

  /**
   * The next API request answers 429 with {@code Retry-After} in seconds.
   *
   * @param retryAfter the delay to announce
   * @return the fault
   */
  static Fault tooManyRequests(Duration retryAfter) {
    return new RequestFault.TooManyRequests(retryAfter, 1, Set.of());
  }

  /**
   * The next {@code times} requests to these endpoints (any API endpoint when none given) answer 429.
   *
   * @param retryAfter the delay to announce, in seconds
   * @param times how many requests
   * @param endpoints which endpoints
   * @return the fault
   */
  static Fault tooManyRequests(Duration retryAfter, int times, Endpoint... endpoints) {
    return new RequestFault.TooManyRequests(retryAfter, times, Set.copyOf(Arrays.asList(Args.notNull(endpoints, "endpoints"))));
  }

  /**
   * The next API request answers 503 with {@code Retry-After}.
   *
   * @param retryAfter the delay to announce
   * @param httpDate true to send it as an HTTP date, false as seconds
   * @return the fault
   */
  static Fault serviceUnavailable(Duration retryAfter, boolean httpDate) {
    return new RequestFault.ServiceUnavailable(retryAfter, httpDate, 1, Set.of());
  }

  /**
   * The next {@code times} requests to these endpoints (any API endpoint when none given) answer 503.
   *
   * @param retryAfter the delay to announce
   * @param httpDate true to send it as an HTTP date, false as seconds
   * @param times how many requests
   * @param endpoints which endpoints
   * @return the fault
   */
  static Fault serviceUnavailable(Duration retryAfter, boolean httpDate, int times, Endpoint... endpoints) {
    return new RequestFault.ServiceUnavailable(retryAfter, httpDate, times,
        Set.copyOf(Arrays.asList(Args.notNull(endpoints, "endpoints"))));
  }

  /**
   * The next {@code count} requests to {@code endpoint} answer 500; then it works again.
   *
   * @param endpoint which endpoint
   * @param count how many requests in a row
   * @return the fault
   */
  static Fault serverErrors(Endpoint endpoint, int count) {
    return new RequestFault.ServerErrors(endpoint, count);
  }

  /**
   * Every token is revoked once while the job runs: its second progress request answers 401, and
   * the tokens issued before it stay invalid; a fresh token works.
   *
   * @return the fault
   */
  static Fault tokenExpiresMidJob() {
    return new JobFault.TokenExpiresMidJob();
  }

  /**
   * The token endpoint rejects every client: 401 {@code {"error":"invalid_client"}}.
   *
   * @return the fault
   */
  static Fault rejectCredentials() {
    return new RequestFault.RejectCredentials();
  }

  /**
   * The download connection is dropped once {@code fraction} of the package has been sent; a resumed
   * download ({@code Range}) that starts past that point completes.
   *
   * @param fraction above 0 and below 1: the share of the package sent before the drop
   * @return the fault
   */
  static Fault dropConnectionAt(double fraction) {
    return new DownloadFault.DropConnectionAt(fraction);
  }

  /**
   * Every download response declares its full {@code Content-Length} but ends after {@code fraction} of it.
   *
   * @param fraction 0 (inclusive) to 1 (exclusive) of each response
   * @return the fault
   */
  static Fault truncateBody(double fraction) {
    return new DownloadFault.TruncateBody(fraction);
  }

  /**
   * The download body is sent at most this fast.
   *
   * @param bytesPerSecond the rate, positive
   * @return the fault
   */
  static Fault throttleBody(long bytesPerSecond) {
    return new DownloadFault.ThrottleBody(bytesPerSecond);
  }

  /**
   * The package is not a readable ZIP (its central directory is overwritten). Size and SHA-256
   * reported on completion match the bytes served.
   *
   * @return the fault
   */
  static Fault corruptZip() {
    return new PackageFault.CorruptZip();
  }

  /**
   * The package is empty: zero bytes, {@code packageSize} 0.
   *
   * @return the fault
   */
  static Fault emptyBody() {
    return new PackageFault.EmptyBody();
  }

  /**
   * The package has no {@code manifest.json}.
   *
   * @return the fault
   */
  static Fault noManifest() {
    return new PackageFault.NoManifest();
  }

  /**
   * The package's {@code manifest.json} is not JSON.
   *
   * @return the fault
   */
  static Fault manifestNotJson() {
    return new PackageFault.ManifestNotJson();
  }

  /**
   * The manifest names a step file the package does not contain (the first step's {@code data/} entry is left out).
   *
   * @return the fault
   */
  static Fault missingStepFile() {
    return new PackageFault.MissingStepFile();
  }

  /**
   * The package holds an entry with exactly this unsafe name (e.g. {@code ../evil.json} or
   * {@code /abs/evil.json}), and the manifest lists an extra {@code sharedo-type} step whose
   * {@code StorageFilename} is that name.
   *
   * @param entryName the entry's name
   * @return the fault
   */
  static Fault zipSlip(String entryName) {
    return new PackageFault.ZipSlip(entryName);
  }

  /**
   * The package's first step file ({@code data/<StorageFilename>}) is a zip bomb: about 1 MiB that inflates to 1 GiB of zeros, with
   * the true sizes in its headers.
   *
   * @return the fault
   */
  static Fault zipBomb() {
    return new PackageFault.ZipBomb();
  }

  /**
   * The {@code packageSha256} reported on completion does not match the package. It is reported even
   * when {@link Extension#PACKAGE_SHA256} is off, since the fault exists to test verifying it.
   *
   * @return the fault
   */
  static Fault checksumMismatch() {
    return new DownloadFault.ChecksumMismatch();
  }

  /**
   * The package export endpoints answer 404, as on a server without them; only the configuration
   * export fallback works.
   *
   * @return the fault
   */
  static Fault packageExportMissing() {
    return new RequestFault.PackageExportMissing();
  }

  /**
   * Download requests with {@code Range} are answered 200 with the whole package.
   *
   * @return the fault
   */
  static Fault ignoreRange() {
    return new DownloadFault.IgnoreRange();
  }
}
