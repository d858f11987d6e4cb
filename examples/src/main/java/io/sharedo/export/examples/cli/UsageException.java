package io.sharedo.export.examples.cli;

/**
 * A mistake in what the user asked for that picocli could not see by itself (an option that
 * needs another, a bad line in an items file). Ends the run with exit code 2 and a one-line hint.
 * Immutable.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and what to do instead, on one line
   */
  UsageException(String message) {
    super(message);
  }
}
