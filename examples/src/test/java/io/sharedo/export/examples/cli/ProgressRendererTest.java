package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressRendererTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final ExportParams params = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  private final ExportJob job = new ExportJob("job-42", params, "key-1", Instant.EPOCH);
  private final RecordingScreen screen = new RecordingScreen(80);

  private ProgressRenderer renderer(ProgressRenderer.Mode mode, boolean batch) {
    Secrets secrets = Secrets.collect(new String[] {"--token", "s3cr3t-token"}, Map.of());
    return new ProgressRenderer(err, mode, mode == ProgressRenderer.Mode.BAR ? screen : null, Duration.ZERO, batch,
        now::get, secrets);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }

  @Test
  void barShowsEtaAsUnknownUntilThePaceIsSeenThenCountsDownBetweenReports() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    advance(Duration.ofSeconds(2));
    progress.progress(job, 10, "Exporting the work type");
    assertThat(screen.lastLine()).contains(" 10%", "Exporting the work type", "00:02", "ETA --");

    advance(Duration.ofSeconds(8));
    progress.progress(job, 50, "Exporting forms");
    // 40 points in 8 s: the 50 left take 10 s.
    assertThat(screen.lastLine()).contains("[######.......]", " 50%", "Exporting forms", "00:10", "ETA 00:10");

    advance(Duration.ofSeconds(3));
    progress.redraw();
    assertThat(screen.lastLine()).contains(" 50%", "00:13", "ETA 00:07");
  }

  @Test
  void barEtaGrowsOnceTheJobFallsBehindItsPace() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.progress(job, 10, "a");
    advance(Duration.ofSeconds(1));
    progress.progress(job, 20, "b");
    advance(Duration.ofSeconds(20));
    progress.redraw();

    // 10 points took 21 s so far: the 80 left take 2:48 at that rate.
    assertThat(screen.lastLine()).contains("ETA 02:48");
  }

  @Test
  void batchItemLinesShowTheirEtaToo() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, true);
    progress.batchStarting(3);
    progress.exportStarted(params);
    progress.progress(job, 0, "Waiting to start");
    advance(Duration.ofSeconds(1));
    progress.progress(job, 44, "Exporting forms");
    advance(Duration.ofSeconds(2));
    progress.redraw();

    // 44 points in 1 s: the 56 left take 1.3 s, overdue by now, so at the slower rate: 3 s for 44 points.
    assertThat(screen.last().get(1)).contains("worktype matter@uat", " 44%", "ETA 00:03");
  }

  @Test
  void barSpinnerAndClockMoveBetweenEvents() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    String first = screen.lastLine();
    advance(Duration.ofMillis(1250));
    progress.redraw();
    String second = screen.lastLine();

    assertThat(first).startsWith("|").contains("00:00", "waiting for the server");
    assertThat(second).startsWith("/").contains("00:01");
  }

  @Test
  void barShowsDownloadedBytesWithTheirOwnEta() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.progress(job, 100, "Packaging");
    progress.downloadStarted(job, 0, 4 * 1024 * 1024);
    advance(Duration.ofSeconds(2));
    progress.downloadProgress(job, 1024 * 1024, 4 * 1024 * 1024);
    progress.redraw();

    assertThat(screen.lastLine()).contains("downloading 1.0 MB/4.0 MB", " 25%", "ETA 00:06");
  }

  @Test
  void barLinesFitTheTerminalWidthAndUseAWideOne() {
    String longStep = "Exporting the 'matter' work type with its phases, roles and permissions";
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    screen.width = 40;
    progress.progress(job, 30, longStep);
    String narrow = screen.lastLine();
    screen.width = 120;
    progress.redraw();
    String wide = screen.lastLine();

    assertThat(narrow.length()).isLessThanOrEqualTo(39);
    assertThat(narrow).contains(" 30%", "Exporting the").doesNotContain("[#");
    assertThat(wide.length()).isLessThanOrEqualTo(119);
    assertThat(wide).contains(longStep, "00:00", "ETA --", "[#");
  }

  @Test
  void barEndsWithTheFinalFrameAndDrawsNothingAfter() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.failed(params, new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "connection reset"));
    progress.finish();
    progress.progress(job, 60, "late event");
    progress.redraw();

    assertThat(screen.ended).isTrue();
    assertThat(screen.lastLine()).contains("failed EXPORT_004").doesNotContain("late event");
  }

  @Test
  void finishStopsTheRedrawThread() {
    Secrets secrets = Secrets.collect(new String[0], Map.of());
    ProgressRenderer progress = new ProgressRenderer(err, ProgressRenderer.Mode.BAR, screen, Duration.ofMillis(10),
        false, System::nanoTime, secrets);
    progress.exportStarted(params);
    assertThat(redrawThreads()).isEqualTo(1);

    progress.finish();

    assertThat(redrawThreads()).isZero();
  }

  @Test
  void batchBarShowsTheOverallLineAndRunningItemsAndPrintsFinishedOnesAbove() {
    ExportParams other = ExportParams.of(ExportType.WORKTYPE, "dispute", "vnext");
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, true);
    progress.batchStarting(4);
    assertThat(screen.last()).hasSize(1);
    assertThat(screen.last().get(0)).contains("0/4 items", "ETA --");

    progress.exportStarted(params);
    progress.exportStarted(other);
    progress.progress(new ExportJob("job-43", other, "key-2", Instant.EPOCH), 50, "Exporting forms");
    assertThat(screen.last()).hasSize(3);
    assertThat(screen.last().get(2)).contains("worktype dispute@vnext", " 50%", "Exporting forms");

    advance(Duration.ofSeconds(4));
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportException(ExportErrorCode.JOB_FAILED, "no such work type"), Duration.ofSeconds(4)), 1, 4);

    assertThat(screen.above).containsExactly("[1/4] worktype matter@uat failed: EXPORT_003: no such work type");
    assertThat(screen.last()).hasSize(2);
    // 1.5 of 4 items in 4 s.
    assertThat(screen.last().get(0)).contains(" 37%", "1/4 items  1 failed", "00:04", "ETA 00:06");
  }

  @Test
  void cancelledBatchCountsItemsThatNeverStartedAsNotStarted() {
    ExportParams second = ExportParams.of(ExportType.WORKTYPE, "dispute", "uat");
    ExportParams third = ExportParams.of(ExportType.FORM, "intake", "uat");
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, true);
    progress.batchStarting(3);
    progress.exportStarted(params);
    progress.exportStarted(second);
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportException(ExportErrorCode.JOB_FAILED, "boom"), Duration.ZERO), 1, 3);

    assertThat(progress.interruptedCounts()).isEqualTo("0 exported, 1 failed, 1 cancelled while running, 1 not started");

    progress.batchItemFinished(new BatchItemOutcome(1, second, null,
        new ExportCancelledException(null, true, "cancelled"), Duration.ZERO), 2, 3);
    progress.batchItemFinished(new BatchItemOutcome(2, third, null,
        new ExportCancelledException(null, false, "cancelled"), Duration.ZERO), 3, 3);

    assertThat(printed().lines()).containsExactly(
        "[1/3] worktype matter@uat failed: EXPORT_003: boom",
        "[2/3] worktype dispute@uat cancelled",
        "[3/3] form intake@uat not started");
  }

  @Test
  void cancelledBatchWithTheSameItemTwiceCountsEveryItemOnce() {
    ExportParams again = ExportParams.of(params.type(), params.systemName(), params.environment());
    ExportParams other = ExportParams.of(ExportType.WORKTYPE, "dispute", "uat");
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, true);
    progress.batchStarting(3);
    progress.exportStarted(params);

    assertThat(progress.interruptedCounts()).isEqualTo("0 exported, 0 failed, 1 cancelled while running, 2 not started");

    // Cancelling the batch reports the items that never began before the running one.
    progress.batchItemFinished(new BatchItemOutcome(1, again, null,
        new ExportCancelledException(null, false, "cancelled"), Duration.ZERO), 1, 3);
    progress.batchItemFinished(new BatchItemOutcome(2, other, null,
        new ExportCancelledException(null, false, "cancelled"), Duration.ZERO), 2, 3);
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportCancelledException(null, true, "cancelled"), Duration.ofSeconds(1)), 3, 3);

    assertThat(progress.interruptedCounts()).isEqualTo("0 exported, 0 failed, 1 cancelled while running, 2 not started");
    assertThat(printed().lines()).hasSize(3).filteredOn(line -> line.endsWith(" not started")).hasSize(2);
  }

  @Test
  void plainPrintsAMilestoneLinePerStepNeverCarriageReturns() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    progress.progress(job, 5, "Exporting work type");
    progress.progress(job, 7, "Exporting work type");
    progress.progress(job, 40, "Exporting forms");
    progress.downloadStarted(job, 0, 2048);
    progress.downloadProgress(job, 1024, 2048);

    assertThat(printed()).doesNotContain("\r");
    assertThat(printed().lines()).containsExactly(
        "[uat] exporting worktype matter",
        "[uat] job job-42 created",
        "[uat]   5% Exporting work type",
        "[uat]  40% Exporting forms",
        "[uat] downloading 2.0 KB");
  }

  @Test
  void plainAtOneHundredPercentDoesNotRepeatThePreviousStep() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    progress.exportStarted(params);
    progress.progress(job, 90, "Exporting forms");
    progress.progress(job, 100, null);

    assertThat(printed().lines()).last().isEqualTo("[uat] 100% finished on the server");
  }

  @Test
  void aRetryOfTheTokenRequestIsNamedSoNotAfterTheRequestItWasFor() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    progress.exportStarted(params);
    ExportException token = new ExportException(ExportErrorCode.NETWORK_ERROR, "cannot reach the identity server",
        java.util.Map.of("operation", "token"), null);
    progress.retryScheduled(params, "create", 2, Duration.ofMillis(500), token);

    assertThat(printed()).contains("retrying the token request (attempt 2)").doesNotContain("retrying create");
  }

  @Test
  void anExportCancelledAfterAnotherFailedSaysSoNotThatTheUserCancelledIt() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    ExportParams vnext = params.withEnvironment("vnext");
    progress.exportStarted(params);
    progress.exportStarted(vnext);
    progress.failed(vnext, new ExportException(ExportErrorCode.AUTHENTICATION_FAILED, "the identity server refused"));
    progress.failed(params, new ExportException(ExportErrorCode.CANCELLED, "the export was cancelled by the caller"));

    assertThat(printed()).contains("cancelled after the export on vnext failed")
        .doesNotContain("cancelled by the caller");
  }

  @Test
  void anExportTheUserCancelledSaysSo() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    progress.exportStarted(params);
    progress.failed(params, new ExportException(ExportErrorCode.CANCELLED, "the export was cancelled by the caller"));

    assertThat(printed()).contains("cancelled: the export was cancelled by the caller");
  }

  @Test
  void plainMasksSecretsInRetryAndFailureMessages() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, false);
    progress.exportStarted(params);
    ExportException leaky = new ExportException(ExportErrorCode.NETWORK_ERROR, "server echoed s3cr3t-token");
    progress.retryScheduled(params, "create", 2, Duration.ofMillis(500), leaky);
    progress.failed(params, leaky);

    assertThat(printed()).doesNotContain("s3cr3t-token").contains("retrying create (attempt 2) in 500 ms", "****");
  }

  @Test
  void noneShowsNothing() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.NONE, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    progress.progress(job, 50, "x");
    progress.finish();

    assertThat(printed()).isEmpty();
  }

  @Test
  void batchPlainShowsItemsNotIndividualExports() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, true);
    progress.exportStarted(params);
    progress.progress(job, 50, "x");
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportException(ExportErrorCode.JOB_FAILED, "no such work type"), Duration.ofMillis(20)), 1, 2);

    assertThat(printed().lines()).containsExactly("[1/2] worktype matter@uat failed: EXPORT_003: no such work type");
  }

  private static long redrawThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(RedrawTicker.THREAD_NAME) && t.isAlive())
        .count();
  }
}
