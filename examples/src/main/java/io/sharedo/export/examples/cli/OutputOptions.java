package io.sharedo.export.examples.cli;

import picocli.CommandLine.Option;

/**
 * How a command reports: {@code --json} for a machine-readable result on standard output, and
 * {@code --progress} to choose how progress is shown on standard error. Filled in by picocli; not
 * thread-safe, used on the command's thread only.
 */
final class OutputOptions {

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
   * The progress renderer these options ask for.
   *
   * @param context the run
   * @param batch true to show batch progress only
   * @return a renderer (possibly one that shows nothing)
   */
  ProgressRenderer renderer(CliContext context, boolean batch) {
    ProgressRenderer.Mode mode = switch (progress) {
      case BAR -> ProgressRenderer.Mode.BAR;
      case PLAIN -> ProgressRenderer.Mode.PLAIN;
      case NONE -> ProgressRenderer.Mode.NONE;
      case AUTO -> json ? ProgressRenderer.Mode.NONE
          : context.terminal() ? ProgressRenderer.Mode.BAR : ProgressRenderer.Mode.PLAIN;
    };
    return new ProgressRenderer(context.err(), mode, batch, context.nanoClock(), context.secrets());
  }
}
