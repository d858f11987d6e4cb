package io.sharedo.export.examples.cli;

import java.time.Duration;

/**
 * What {@link ProgressRenderer} knows about one running export: its step, percentage and download
 * bytes, and the pace they were observed at, from which it estimates the time left. Not
 * thread-safe: guarded by the renderer's lock.
 */
final class ExportTrack {

  final String label;
  final long startNanos;
  int percentage;
  String step;
  boolean downloading;
  boolean done;
  boolean failed;
  long bytes;
  long totalBytes = -1;
  private long downloadStartNanos;
  private long downloadStartBytes;
  // The pace: the first percentage seen above 0 and when, and the latest change and when.
  private int firstPercentage = -1;
  private long firstNanos;
  private long lastChangeNanos;

  ExportTrack(String label, long startNanos) {
    this.label = label;
    this.startNanos = startNanos;
  }

  /**
   * Records a progress report (percentages never go backwards on screen).
   *
   * @param reported the server's percentage
   * @param now when it arrived
   */
  void progressed(int reported, long now) {
    int clamped = Math.max(0, Math.min(100, reported));
    if (clamped <= percentage && firstPercentage >= 0) {
      return;
    }
    if (firstPercentage < 0) {
      firstPercentage = clamped;
      firstNanos = now;
    }
    percentage = Math.max(percentage, clamped);
    lastChangeNanos = now;
  }

  /**
   * Records the start of the download.
   *
   * @param offset the bytes already on disk (a resumed download)
   * @param total the size, or -1 when unknown
   * @param now when it started
   */
  void downloadStarted(long offset, long total, long now) {
    downloading = true;
    bytes = offset;
    totalBytes = total;
    downloadStartNanos = now;
    downloadStartBytes = offset;
  }

  int shownPercentage() {
    if (downloading && totalBytes > 0) {
      return (int) Math.min(100, bytes * 100 / totalBytes);
    }
    return percentage;
  }

  String describe() {
    if (downloading) {
      return "downloading " + Formats.bytes(bytes) + (totalBytes >= 0 ? "/" + Formats.bytes(totalBytes) : "");
    }
    return step == null ? "waiting for the server" : step;
  }

  /**
   * The time left, from the pace observed so far: the download's bytes per second while
   * downloading, otherwise the percentage points per second the job has shown since its first
   * report. Counts down between reports; once the job is behind that pace, the slower rate the
   * clock shows since the first report is used instead.
   *
   * @param now the time now
   * @return the estimate, or null while it cannot be known yet
   */
  Duration eta(long now) {
    if (done) {
      return null;
    }
    if (downloading) {
      long received = bytes - downloadStartBytes;
      long spent = now - downloadStartNanos;
      if (totalBytes < 0 || received <= 0 || spent <= 0) {
        return null;
      }
      return Duration.ofNanos((long) ((double) spent / received * Math.max(0, totalBytes - bytes)));
    }
    int gained = percentage - firstPercentage;
    if (firstPercentage < 0 || gained <= 0 || percentage >= 100) {
      return null;
    }
    double left = 100 - percentage;
    double nanosPerPoint = (lastChangeNanos - firstNanos) / (double) gained;
    // On pace: what was left at the last change, counted down since.
    long onPace = (long) (nanosPerPoint * left) - (now - lastChangeNanos);
    if (onPace > 0) {
      return Duration.ofNanos(onPace);
    }
    // Behind its pace: the work left at the slower rate the clock now shows.
    return Duration.ofNanos((long) ((now - firstNanos) / (double) gained * left));
  }
}
