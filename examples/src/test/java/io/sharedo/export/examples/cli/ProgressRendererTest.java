package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.BatchItemOutcome;
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

  private ProgressRenderer renderer(ProgressRenderer.Mode mode, boolean batch) {
    Secrets secrets = Secrets.collect(new String[] {"--token", "s3cr3t-token"}, Map.of());
    return new ProgressRenderer(err, mode, batch, now::get, secrets);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advance(Duration by) {
    now.addAndGet(by.toNanos());
  }

  @Test
  void barRedrawsOneLineWithPercentageStepElapsedAndEta() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    advance(Duration.ofSeconds(10));
    progress.progress(job, 50, "Exporting forms");

    String last = lastFrame(printed());
    assertThat(printed()).doesNotContain("\n");
    assertThat(last).contains("[##########..........]", " 50%", "Exporting forms", "00:10", "ETA 00:10");
  }

  @Test
  void barShowsDownloadedBytesAndEndsTheLineWhenDone() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    progress.progress(job, 100, "Packaging");
    progress.downloadStarted(job, 0, 4 * 1024 * 1024);
    advance(Duration.ofSeconds(2));
    progress.downloadProgress(job, 1024 * 1024, 4 * 1024 * 1024);

    assertThat(lastFrame(printed())).contains("downloading 1.0 MB/4.0 MB", " 25%", "ETA 00:06");

    progress.failed(params, new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "connection reset"));
    assertThat(printed()).endsWith("\n");
    assertThat(lastFrame(printed().stripTrailing())).contains("failed EXPORT_004");
  }

  @Test
  void barThrottlesRedrawsToTenPerSecond() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    int framesBefore = frames(printed());
    for (int i = 1; i <= 40; i++) {
      advance(Duration.ofMillis(5));
      progress.progress(job, i, "Exporting");
    }

    // 40 updates over 200 ms: at most one redraw per 100 ms.
    assertThat(frames(printed()) - framesBefore).isBetween(1, 2);
  }

  @Test
  void barPadsOverALongerPreviousLine() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, false);
    progress.exportStarted(params);
    progress.jobCreated(job);
    progress.progress(job, 10, "A very long step description that takes room");
    advance(Duration.ofSeconds(1));
    progress.progress(job, 20, "Short");

    String[] framesDrawn = printed().split("\r");
    String previous = framesDrawn[framesDrawn.length - 2];
    String last = framesDrawn[framesDrawn.length - 1];
    assertThat(last.length()).isGreaterThanOrEqualTo(previous.length());
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
  void batchModeShowsItemsNotIndividualExports() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.PLAIN, true);
    progress.exportStarted(params);
    progress.progress(job, 50, "x");
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportException(ExportErrorCode.JOB_FAILED, "no such work type"), Duration.ofMillis(20)), 1, 2);

    assertThat(printed().lines()).containsExactly("[1/2] worktype matter@uat failed: EXPORT_003: no such work type");
  }

  @Test
  void batchBarCountsFinishedItems() {
    ProgressRenderer progress = renderer(ProgressRenderer.Mode.BAR, true);
    progress.batchItemFinished(new BatchItemOutcome(0, params, null,
        new ExportException(ExportErrorCode.JOB_FAILED, "x"), Duration.ZERO), 1, 4);

    assertThat(lastFrame(printed())).contains(" 25%", "1/4 items", "1 failed");
  }

  private static String lastFrame(String text) {
    int at = text.lastIndexOf('\r');
    return at < 0 ? text : text.substring(at + 1);
  }

  private static int frames(String text) {
    return (int) text.chars().filter(c -> c == '\r').count();
  }
}
