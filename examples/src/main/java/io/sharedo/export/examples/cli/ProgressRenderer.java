package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Shows exports as they happen, on the error stream so that standard output keeps only results.
 * On a terminal ({@link Mode#BAR}) it redraws a few lines in place on a {@link LiveScreen}, from
 * its first event on and then several times a second (a {@link RedrawTicker}), so that the clock,
 * ETA and spinner move between the server's reports: one line per export, or for a batch an
 * overall line and one line per running item, with each finished item printed above them. Elsewhere ({@link Mode#PLAIN}) it prints a plain line per milestone, which reads
 * well in a CI log.
 *
 * <p>Thread-safe: events from concurrent exports are serialised on this object; each call only
 * updates what is known and prints at most one short line.
 */
final class ProgressRenderer implements ExportListener {

  /** How progress is shown. */
  enum Mode {
    /** Lines redrawn in place, for a terminal. */
    BAR,
    /** A line per milestone, for logs and pipes. */
    PLAIN,
    /** Nothing. */
    NONE
  }

  private final PrintStream err;
  private final Mode mode;
  private final boolean batch;
  /** The environment of the first export that failed, not counting cancellations, or null. */
  private @Nullable String firstFailed;
  private final LongSupplier nanoClock;
  private final Secrets secrets;
  private final LiveScreen screen;
  private final RedrawTicker ticker;
  private final long startNanos;
  private boolean ended;
  private final Map<ExportParams, ExportTrack> tracks = new LinkedHashMap<>();
  /*
   * How many exports began, and per item value how many began and how many of those have an outcome.
   * Counted, never kept in a set: an items file may name the same item twice, and equal parameters
   * are two items that each start (or not) on their own.
   */
  private int startedCount;
  private final Map<ExportParams, Integer> startedByItem = new HashMap<>();
  private final Map<ExportParams, Integer> startedWithOutcome = new HashMap<>();
  private final BatchTally tally = new BatchTally();

  /**
   * Creates a renderer.
   *
   * @param err where plain lines go
   * @param mode how
   * @param screen where the bar draws, for {@link Mode#BAR} (null otherwise)
   * @param tick how often the bar redraws between events (zero: only on events, for tests)
   * @param batch true for a batch: an overall line, and each item's line while it runs
   * @param nanoClock a monotonic clock in nanoseconds (System::nanoTime outside tests)
   * @param secrets values to mask in any message shown
   */
  ProgressRenderer(PrintStream err, Mode mode, LiveScreen screen, Duration tick, boolean batch,
      LongSupplier nanoClock, Secrets secrets) {
    if (mode == Mode.BAR && screen == null) {
      throw new IllegalArgumentException("the bar needs a screen to draw on");
    }
    this.err = err;
    this.mode = mode;
    this.screen = mode == Mode.BAR ? screen : null;
    this.ticker = new RedrawTicker(tick);
    this.startNanos = nanoClock.getAsLong();
    this.batch = batch;
    this.nanoClock = nanoClock;
    this.secrets = secrets;
  }

  /**
   * Tells the display the size of the batch about to run, so that its overall line shows from the
   * start.
   *
   * @param total the number of items
   */
  synchronized void batchStarting(int total) {
    tally.expect(total);
    show();
  }

  @Override
  public synchronized void exportStarted(ExportParams params) {
    // Tracked even when nothing is shown: an interrupted batch's counts come from here.
    startedCount++;
    startedByItem.merge(params, 1, Integer::sum);
    ExportTrack track = new ExportTrack(batch ? item(params) : params.environment(), nanoClock.getAsLong());
    tracks.put(params, track);
    plain(track, "exporting " + Types.label(params.type()) + " " + params.systemName());
    show();
  }

  @Override
  public synchronized void jobCreated(ExportJob job) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      plain(track, "job " + job.jobId() + " created");
    }
  }

  @Override
  public synchronized void progress(ExportJob job, int percentage, String step) {
    ExportTrack track = tracks.get(job.params());
    if (track == null) {
      return;
    }
    int before = track.percentage;
    String stepBefore = track.step;
    track.progressed(percentage, nanoClock.getAsLong());
    if (step != null) {
      // The server's words go to a terminal: never its control characters.
      track.step = PrintableText.line(step);
    } else if (track.percentage >= 100) {
      // A finished job often lists no current step any more: do not leave the previous one showing.
      track.step = "finished on the server";
    }
    boolean stepChanged = track.step != null && !track.step.equals(stepBefore);
    if (stepChanged || track.percentage / 10 != before / 10) {
      plain(track, String.format(Locale.ROOT, "%3d%% %s", track.percentage, track.step == null ? "" : track.step));
    }
    show();
  }

  @Override
  public synchronized void stalled(ExportJob job, Duration sinceLastProgress) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      track.step = "no progress for " + Formats.clock(sinceLastProgress);
      plain(track, track.step);
      show();
    }
  }

  @Override
  public synchronized void retryScheduled(
      ExportParams params, String operation, int attempt, Duration delay, ExportException cause) {
    ExportTrack track = tracks.get(params);
    if (track != null) {
      // A token fetched for the create request fails inside the create's retries: name what failed.
      String what = "token".equals(cause.details().get("operation")) ? "the token request" : operation;
      track.step = "retrying " + what + " (attempt " + attempt + ")";
      plain(track, track.step + " in " + Formats.took(delay) + " after " + secrets.mask(cause.getMessage()));
      show();
    }
  }

  @Override
  public synchronized void downloadStarted(ExportJob job, long offset, long totalBytes) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      track.downloadStarted(offset, totalBytes, nanoClock.getAsLong());
      String size = totalBytes >= 0 ? " " + Formats.bytes(totalBytes) : "";
      plain(track, (offset > 0 ? "resuming download at " + Formats.bytes(offset) : "downloading") + size);
      show();
    }
  }

  @Override
  public synchronized void downloadProgress(ExportJob job, long bytesReceived, long totalBytes) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      track.bytes = bytesReceived;
      track.totalBytes = totalBytes;
    }
  }

  @Override
  public synchronized void validated(ExportJob job, DownloadResult download) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      track.downloading = false;
      track.step = "package verified";
      plain(track, "package verified: " + Formats.bytes(download.size()) + ", sha256 " + download.sha256());
      show();
    }
  }

  @Override
  public synchronized void extracted(ExportJob job, Path directory, int files) {
    ExportTrack track = tracks.get(job.params());
    if (track != null) {
      track.step = "read " + files + " files"; // unpacked to be read, not --extract
      plain(track, track.step);
      show();
    }
  }

  @Override
  public synchronized void completed(ExportResult result) {
    ExportTrack track = tracks.get(result.params());
    if (track != null) {
      track.done = true;
      track.downloading = false;
      track.percentage = 100;
      track.step = "done in " + Formats.took(result.duration());
      plain(track, "done in " + Formats.took(result.duration()) + " (" + result.method() + ")");
      show();
    }
  }

  @Override
  public synchronized void failed(ExportParams params, ExportException error) {
    ExportTrack track = tracks.get(params);
    if (track != null) {
      track.done = true;
      track.failed = true;
      track.downloading = false;
      boolean cancelled = error.code() == ExportErrorCode.CANCELLED;
      if (!cancelled && firstFailed == null) {
        firstFailed = params.environment();
      }
      track.step = cancelled ? "cancelled" : "failed " + error.code().code();
      // A compare (or a fail-fast batch) cancels the rest once one export fails: "cancelled by the
      // caller" alone reads as if the user had; say what came before.
      plain(track, cancelled && firstFailed != null
          ? "cancelled after the export on " + firstFailed + " failed"
          : (cancelled ? "cancelled: " : "failed: ") + secrets.mask(error.getMessage()));
      show();
    }
  }

  @Override
  public synchronized void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
    if (!batch) {
      return;
    }
    ExportParams p = outcome.params();
    BatchTally.Outcome what = outcomeOf(outcome);
    tally.add(finished, total, what);
    tracks.remove(p);
    String how = switch (what) {
      case SUCCEEDED -> "ok (" + Formats.took(outcome.duration()) + ")";
      case NOT_STARTED -> "not started";
      case CANCELLED -> "cancelled";
      case FAILED -> "failed: " + outcome.error().code() + ": " + secrets.mask(outcome.error().getMessage());
    };
    String line = "[" + finished + "/" + total + "] " + item(p) + " " + how;
    if (mode == Mode.PLAIN) {
      err.println(line);
    } else if (mode == Mode.BAR) {
      if (!ended) {
        screen.printAbove(Formats.fit(Formats.oneLine(line), Math.max(1, screen.width() - 1)));
      }
      show();
    }
  }

  /**
   * Where an interrupted batch stood: {@code "2 exported, 1 failed, 1 cancelled while running, 1 not
   * started"}. Items that had not begun are "not started", never "failed".
   *
   * @return the counts
   */
  synchronized String interruptedCounts() {
    // Every item that began either ended (exported or failed) or was cancelled while running; failures
    // only happen to items that began. So the four counts always add up to the batch's size.
    int started = Math.min(startedCount, tally.total());
    int cancelledWhileRunning = Math.max(0, started - tally.succeeded() - tally.failed());
    return tally.succeeded() + " exported, " + tally.failed() + " failed, " + cancelledWhileRunning
        + " cancelled while running, " + (tally.total() - started) + " not started";
  }

  /**
   * Ends the live display, if one is showing, leaving its last frame and the cursor on a fresh
   * line, and stops its redraw thread; idempotent. Called when the command ends, however it ends.
   */
  void finish() {
    // Not under the lock: a tick waiting for the lock would otherwise never let the ticker stop.
    ticker.stop();
    synchronized (this) {
      if (screen != null && !ended) {
        ended = true;
        screen.draw(frame());
        screen.end();
      }
    }
    err.flush();
  }

  /** Draws the current frame; the ticker's task. */
  synchronized void redraw() {
    if (screen != null && !ended) {
      screen.draw(frame());
    }
  }

  private BatchTally.Outcome outcomeOf(BatchItemOutcome outcome) {
    ExportParams item = outcome.params();
    boolean began = startedWithOutcome.getOrDefault(item, 0) < startedByItem.getOrDefault(item, 0);
    if (outcome.succeeded() || outcome.error().code() != ExportErrorCode.CANCELLED || began) {
      // Of equal items, the started ones are matched to outcomes in the order the outcomes come.
      startedWithOutcome.merge(item, 1, Integer::sum);
    }
    if (outcome.succeeded()) {
      return BatchTally.Outcome.SUCCEEDED;
    }
    if (outcome.error().code() != ExportErrorCode.CANCELLED) {
      return BatchTally.Outcome.FAILED;
    }
    return began ? BatchTally.Outcome.CANCELLED : BatchTally.Outcome.NOT_STARTED;
  }

  private static String item(ExportParams p) {
    return Types.label(p.type()) + " " + p.systemName() + "@" + p.environment();
  }

  private void plain(ExportTrack track, String message) {
    if (mode == Mode.PLAIN && !batch) {
      err.println("[" + track.label + "] " + message);
    }
  }

  private void show() {
    if (screen != null && !ended) {
      ticker.start(this::redraw);
      screen.draw(frame());
    }
  }

  private java.util.List<String> frame() {
    return ProgressLines.frame(batch, tracks.values(), tally, startNanos, nanoClock.getAsLong(), screen.width(),
        screen.height());
  }
}
