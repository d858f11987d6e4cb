package io.sharedo.export.examples.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * How a command reports: {@code --json} for a machine-readable result on standard output, and
 * {@code --progress} to choose how progress is shown on standard error. Filled in by picocli; not
 * thread-safe, used on the command's thread only.
 */
final class OutputOptions {
  // Four times a second: the spinner turns smoothly, the clock never skips a second.
  private static final Duration REDRAW_EVERY = Duration.ofMillis(250);

  /** The {@code --progress} choices. */
  enum Progress {
    /** A bar on a terminal, plain lines otherwise; nothing with {@code --json}. */
    AUTO,
    /** Always the redrawn bar. */
    BAR,
    /** Always plain lines. */
    PLAIN,
    /** No progress at all. */
    NONE
  }

  @Option(names = "--json", description = "Print the result as JSON on standard output.")
  private boolean json;

  @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
      description = "How to show progress on stderr: auto (a bar on a terminal, plain lines otherwise,"
          + " none with --json), bar, plain or none.")
  private Progress progress = Progress.AUTO;

  /**
   * Whether {@code --json} was given.
   *
   * @return true for JSON output
   */
  boolean json() {
    return json;
  }

  /**
   * The progress renderer these options ask for. {@code auto} draws the live bar when standard
   * error is an interactive terminal (JLine tells), plain lines otherwise.
   *
   * @param context the run
   * @param batch true for a batch's display
   * @return a renderer (possibly one that shows nothing)
   */
  ProgressRenderer renderer(CliContext context, boolean batch) {
    LiveScreen screen = null;
    ProgressRenderer.Mode mode = switch (progress) {
      case PLAIN -> ProgressRenderer.Mode.PLAIN;
      case NONE -> ProgressRenderer.Mode.NONE;
      case BAR, AUTO -> progress == Progress.AUTO && json ? ProgressRenderer.Mode.NONE : ProgressRenderer.Mode.BAR;
    };
    if (mode == ProgressRenderer.Mode.BAR) {
      screen = context.terminal() ? JLineScreen.onStandardError() : null;
      if (screen == null && progress == Progress.BAR) {
        screen = JLineScreen.onStream(context.err());
      } else if (screen == null) {
        mode = ProgressRenderer.Mode.PLAIN;
      }
    }
    return new ProgressRenderer(context.err(), mode, screen, REDRAW_EVERY, batch, context.nanoClock(),
        context.secrets());
  }
}
