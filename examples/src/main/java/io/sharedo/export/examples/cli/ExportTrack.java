package io.sharedo.export.examples.cli;

import java.time.Duration;

/**
 * What {@link ProgressRenderer} knows about one running export: its step, percentage and download
 * bytes, and what to show for them. Not thread-safe: guarded by the renderer's lock.
 */
final class ExportTrack {

  final String label;
  final long startNanos;
  int percentage;
  String step;
  boolean downloading;
  boolean done;
  long bytes;
  long totalBytes = -1;
  long downloadStartNanos;
  long downloadStartBytes;

  ExportTrack(String label, long startNanos) {
    this.label = label;
    this.startNanos = startNanos;
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

  String eta(long now, Duration elapsed) {
    if (downloading) {
      long received = bytes - downloadStartBytes;
      long spent = now - downloadStartNanos;
      if (totalBytes < 0 || received <= 0 || spent <= 0) {
        return "";
      }
      double nanosPerByte = (double) spent / received;
      return " ETA " + Formats.clock(Duration.ofNanos((long) (nanosPerByte * (totalBytes - bytes))));
    }
    return Formats.eta(elapsed, percentage);
  }
}
