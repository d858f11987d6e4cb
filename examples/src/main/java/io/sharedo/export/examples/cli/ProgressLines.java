package io.sharedo.export.examples.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Lays out the lines of the live progress display for a given width: a spinner, a bar (when
 * there is room), the percentage, the step cut to what is left, the elapsed time and the ETA
 * ({@code --} until the pace is known). Every line is at most {@code width - 1} characters, so no
 * terminal wraps it. Stateless, thread-safe.
 */
final class ProgressLines {
  private static final String SPINNER = "|/-\\";
  private static final int BAR_FROM_WIDTH = 60;

  private ProgressLines() {}

  /**
   * The whole frame: one line per export or, for a batch, the overall line and one line per
   * running item, as many as fit in the terminal's height.
   *
   * @param batch whether this is a batch
   * @param tracks the exports shown (for a batch: those running)
   * @param tally the batch's counts (unused outside a batch)
   * @param startNanos when the display started
   * @param now the clock's time now
   * @param width the terminal's width
   * @param height the terminal's height
   * @return the lines
   */
  static List<String> frame(boolean batch, Collection<ExportTrack> tracks, BatchTally tally, long startNanos,
      long now, int width, int height) {
    Duration elapsed = Duration.ofNanos(now - startNanos);
    char spin = spinner(elapsed);
    List<String> lines = new ArrayList<>();
    int labelWidth = tracks.stream().mapToInt(t -> t.label.length()).max().orElse(0);
    if (batch) {
      double done = tally.completed();
      for (ExportTrack track : tracks) {
        done += track.shownPercentage() / 100.0;
      }
      lines.add(batch(tally, tally.total() == 0 ? 0 : done / tally.total(), elapsed, spin, width));
    }
    int room = Math.max(1, height - 1) - lines.size();
    int shown = 0;
    for (ExportTrack track : tracks) {
      if (shown == room - 1 && tracks.size() > room) {
        lines.add(Formats.fit("  ... and " + (tracks.size() - shown) + " more running", Math.max(1, width - 1)));
        break;
      }
      String label = tracks.size() > 1 || batch ? pad(track.label, labelWidth) : "";
      lines.add(export(track, label, now, spin, width, !batch));
      shown++;
    }
    return lines;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  /**
   * The spinner's character for a moment: it turns about four times a second.
   *
   * @param elapsed the time since the display started
   * @return one character
   */
  static char spinner(Duration elapsed) {
    return SPINNER.charAt((int) ((elapsed.toMillis() / 250) % SPINNER.length()));
  }

  /**
   * One export's line.
   *
   * @param track the export
   * @param label a prefix such as the environment ({@code ""} for none)
   * @param now the clock's time now
   * @param spin the spinner's character
   * @param width the terminal's width
   * @param withBar whether to draw a bar (a batch item's line leaves it to the overall line, as its
   *     name and step need the room)
   * @return the line
   */
  static String export(ExportTrack track, String label, long now, char spin, int width, boolean withBar) {
    Duration elapsed = Duration.ofNanos(now - track.startNanos);
    char mark = track.done ? (track.failed ? '!' : '*') : spin;
    String tail = "  " + Formats.clock(elapsed) + (track.done ? "" : "  ETA " + eta(track.eta(now)));
    return line(mark, label, withBar, track.shownPercentage(), track.describe(), tail, width);
  }

  /**
   * The batch's overall line.
   *
   * @param tally the batch's counts
   * @param fraction how much of the batch is done, 0..1, counting running items' percentages
   * @param elapsed the time since the batch started
   * @param spin the spinner's character
   * @param width the terminal's width
   * @return the line
   */
  static String batch(BatchTally tally, double fraction, Duration elapsed, char spin, int width) {
    int percentage = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * 100);
    Duration eta = fraction <= 0 || tally.allFinished() ? null
        : Duration.ofNanos((long) (elapsed.toNanos() * (1 - fraction) / fraction));
    String what = tally.finished() + "/" + tally.total() + " items" + tally.problems();
    String tail = "  " + Formats.clock(elapsed) + (tally.allFinished() ? "" : "  ETA " + eta(eta));
    char mark = tally.allFinished() ? (tally.problems().isEmpty() ? '*' : '!') : spin;
    return line(mark, "", true, percentage, what, tail, width);
  }

  private static String line(char mark, String label, boolean withBar, int percentage, String text, String tail,
      int width) {
    int room = Math.max(1, width - 1);
    String head = mark + " " + (label.isEmpty() ? "" : label + " ");
    if (withBar && width >= BAR_FROM_WIDTH) {
      head += Formats.bar(percentage, Math.min(20, Math.max(10, width / 6))) + " ";
    }
    head += String.format(Locale.ROOT, "%3d%%  ", percentage);
    int left = room - head.length() - tail.length();
    if (left < 8) {
      // Narrow: the step matters more than the clock.
      tail = "";
      left = room - head.length();
    }
    String step = Formats.fit(text, Math.max(0, left));
    // Padded, so the clock stays put while the step's length changes.
    String padding = tail.isEmpty() ? "" : " ".repeat(Math.max(0, left - step.length()));
    return Formats.fit(head + step + padding + tail, room);
  }

  private static String eta(Duration eta) {
    return eta == null ? "--" : Formats.clock(eta);
  }
}
