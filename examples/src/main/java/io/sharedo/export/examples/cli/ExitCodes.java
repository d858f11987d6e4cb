package io.sharedo.export.examples.cli;

/**
 * The tool's exit codes; scripts depend on them, so they never change meaning. Constants only.
 */
final class ExitCodes {
  /** Everything worked (and, for compare, the two sides are the same). */
  static final int OK = 0;
  /** compare found differences. */
  static final int DIFFERENCES = 1;
  /** The command line was wrong: an unknown option, a missing value, a bad items file. */
  static final int USAGE = 2;
  /** An export (or a status, cancel or recovery call) failed; the error code was printed. */
  static final int FAILED = 3;
  /** Interrupted (Ctrl-C): the running jobs were cancelled on the server; 128 + SIGINT, as shells expect. */
  static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
