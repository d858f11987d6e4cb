package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongSupplier;

/**
 * Shows exports as they happen, on the error stream so that standard output keeps only results.
 * On a terminal ({@link Mode#BAR}) it redraws one line with {@code \r}: a bar, the percentage, the
 * server's step, the elapsed time, an ETA and, while downloading, the bytes received; redraws are
 * throttled. Elsewhere ({@link Mode#PLAIN}) it prints a plain line per milestone, which reads well
 * in a CI log. Exports running at once (compare's two sides) share the line, one segment each.
 *
 * <p>In batch mode only the batch's progress is shown (items finished out of the total), never
 * the individual exports.
 *
 * <p>Thread-safe: events from concurrent exports are serialised on this object; each call only
 * formats and prints one short line.
 */
final class ProgressRenderer implements ExportListener {

  /** How progress is shown. */
  enum Mode {
    /** One self-redrawing line, for a terminal. */
    BAR,
    /** A line per milestone, for logs and pipes. */
    PLAIN,
    /** Nothing. */
    NONE
  }

  private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();
  private static final int LINE_WIDTH = 79;
  private static final int BAR_WIDTH = 20;

  private final PrintStream err;
  private final Mode mode;
  private final boolean batch;
  private final LongSupplier nanoClock;
  private final Secrets secrets;
  private final Map<String, ExportTrack> tracks = new LinkedHashMap<>();
  private final long startNanos;

  private long lastDrawNanos;
  private boolean drawn;
  private int lineLength;
  private int batchFinished;
  private int batchTotal;
  private int batchFailed;

  /**
   * Creates a renderer.
   *
   * @param err where to draw
   * @param mode how
   * @param batch true to show only batch progress
   * @param nanoClock a monotonic clock in nanoseconds (System::nanoTime outside tests)
   * @param secrets values to mask in any message shown
   */
  ProgressRenderer(PrintStream err, Mode mode, boolean batch, LongSupplier nanoClock, Secrets secrets) {
    this.err = err;
    this.mode = mode;
    this.batch = batch;
    this.nanoClock = nanoClock;
    this.secrets = secrets;
    this.startNanos = nanoClock.getAsLong();
  }

  @Override
  public synchronized void exportStarted(ExportParams params) {
    if (skip()) {
      return;
    }
    ExportTrack track = new ExportTrack(params.environment(), nanoClock.getAsLong());
    tracks.put(track.label, track);
    plain(track, "exporting " + Types.label(params.type()) + " " + params.systemName());
    redraw(true);
  }

  @Override
  public synchronized void jobCreated(ExportJob job) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    plain(track, "job " + job.jobId() + " created");
    redraw(true);
  }

  @Override
  public synchronized void progress(ExportJob job, int percentage, String step) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    boolean stepChanged = step != null && !step.equals(track.step);
    boolean crossedTen = percentage / 10 != track.percentage / 10;
    track.percentage = percentage;
    if (step != null) {
      track.step = step;
    }
    if (stepChanged || crossedTen) {
      plain(track, String.format(Locale.ROOT, "%3d%% %s", percentage, track.step == null ? "" : track.step));
    }
    redraw(percentage == 100);
  }

  @Override
  public synchronized void stalled(ExportJob job, Duration sinceLastProgress) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    track.step = "no progress for " + Formats.clock(sinceLastProgress);
    plain(track, track.step);
    redraw(true);
  }

  @Override
  public synchronized void retryScheduled(
      ExportParams params, String operation, int attempt, Duration delay, ExportException cause) {
    ExportTrack track = track(params);
    if (track == null) {
      return;
    }
    track.step = "retrying " + operation + " (attempt " + attempt + ")";
    plain(track, track.step + " in " + Formats.took(delay) + " after " + secrets.mask(cause.getMessage()));
    redraw(true);
  }

  @Override
  public synchronized void downloadStarted(ExportJob job, long offset, long totalBytes) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    track.downloading = true;
    track.bytes = offset;
    track.totalBytes = totalBytes;
    track.downloadStartNanos = nanoClock.getAsLong();
    track.downloadStartBytes = offset;
    String size = totalBytes >= 0 ? " " + Formats.bytes(totalBytes) : "";
    plain(track, (offset > 0 ? "resuming download at " + Formats.bytes(offset) : "downloading") + size);
    redraw(true);
  }

  @Override
  public synchronized void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    track.bytes = bytesReceived;
    track.totalBytes = totalBytes;
    redraw(totalBytes >= 0 && bytesReceived >= totalBytes);
  }

  @Override
  public synchronized void validated(ExportJob job, DownloadResult download) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    track.downloading = false;
    track.step = "package verified";
    plain(track, "package verified: " + Formats.bytes(download.size()) + ", sha256 " + download.sha256());
    redraw(true);
  }

  @Override
  public synchronized void extracted(ExportJob job, Path directory, int files) {
    ExportTrack track = track(job.params());
    if (track == null) {
      return;
    }
    track.step = "extracted " + files + " files";
    plain(track, track.step);
    redraw(true);
  }

  @Override
  public synchronized void completed(ExportResult result) {
    ExportTrack track = track(result.params());
    if (track == null) {
      return;
    }
    track.done = true;
    track.downloading = false;
    track.percentage = 100;
    track.step = "done";
    plain(track, "done in " + Formats.took(result.duration()) + " (" + result.method() + ")");
    redraw(true);
    endLineWhenAllDone();
  }

  @Override
  public synchronized void failed(ExportParams params, ExportException error) {
    ExportTrack track = track(params);
    if (track == null) {
      return;
    }
    track.done = true;
    track.downloading = false;
    track.step = "failed " + error.code().code();
    plain(track, "failed: " + secrets.mask(error.getMessage()));
    redraw(true);
    endLineWhenAllDone();
  }

  @Override
  public synchronized void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    if (!batch || mode == Mode.NONE) {
      return;
    }
    batchFinished = finished;
    batchTotal = total;
    if (!outcome.succeeded()) {
      batchFailed++;
    }
    if (mode == Mode.PLAIN) {
      ExportParams p = outcome.params();
      String what = Types.label(p.type()) + " " + p.systemName() + "@" + p.environment();
      String how = outcome.succeeded()
          ? "ok (" + Formats.took(outcome.duration()) + ")"
          : "failed: " + secrets.mask(outcome.error().getMessage());
      err.println("[" + finished + "/" + total + "] " + what + " " + how);
      return;
    }
    redraw(finished == total);
    if (finished == total) {
      finish();
    }
  }

  /** Ends the progress line, if one is open, so that what follows starts on a fresh line. */
  synchronized void finish() {
    if (drawn) {
      err.println();
      err.flush();
      drawn = false;
      lineLength = 0;
    }
  }

  private boolean skip() {
    return batch || mode == Mode.NONE;
  }

  private ExportTrack track(ExportParams params) {
    return skip() ? null : tracks.get(params.environment());
  }

  private void plain(ExportTrack track, String message) {
    if (mode == Mode.PLAIN) {
      err.println("[" + track.label + "] " + message);
    }
  }

  private void endLineWhenAllDone() {
    if (tracks.values().stream().allMatch(t -> t.done)) {
      finish();
    }
  }

  private void redraw(boolean force) {
    if (mode != Mode.BAR) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (!force && drawn && now - lastDrawNanos < REDRAW_NANOS) {
      return;
    }
    lastDrawNanos = now;
    String line = Formats.fit(batch ? batchLine(now) : exportLine(now), LINE_WIDTH);
    // Pad over what the previous, longer line left on the screen.
    String padding = " ".repeat(Math.max(0, lineLength - line.length()));
    err.print("\r" + line + padding);
    err.flush();
    drawn = true;
    lineLength = line.length();
  }

  private String batchLine(long now) {
    int percentage = batchTotal == 0 ? 0 : batchFinished * 100 / batchTotal;
    Duration elapsed = Duration.ofNanos(now - startNanos);
    String failed = batchFailed > 0 ? "  " + batchFailed + " failed" : "";
    return Formats.bar(percentage, BAR_WIDTH) + String.format(Locale.ROOT, " %3d%%  %d/%d items%s  %s%s",
        percentage, batchFinished, batchTotal, failed, Formats.clock(elapsed), Formats.eta(elapsed, percentage));
  }

  private String exportLine(long now) {
    if (tracks.size() == 1) {
      ExportTrack track = tracks.values().iterator().next();
      int percentage = track.shownPercentage();
      Duration elapsed = Duration.ofNanos(now - track.startNanos);
      String step = Formats.fit(track.describe(), 30);
      return Formats.bar(percentage, BAR_WIDTH) + String.format(Locale.ROOT, " %3d%%  %s  %s%s", percentage,
          step, Formats.clock(elapsed), track.done ? "" : track.eta(now, elapsed));
    }
    StringJoiner segments = new StringJoiner(" | ");
    int width = Math.max(12, (LINE_WIDTH - 8) / Math.max(1, tracks.size()) - 3);
    for (ExportTrack track : tracks.values()) {
      segments.add(Formats.fit(
          String.format(Locale.ROOT, "%s %3d%% %s", track.label, track.shownPercentage(), track.describe()), width));
    }
    return segments + "  " + Formats.clock(Duration.ofNanos(now - startNanos));
  }
}
