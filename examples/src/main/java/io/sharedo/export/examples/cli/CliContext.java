package io.sharedo.export.examples.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What every command of one run shares: where to print, the environment variables, the secrets to
 * mask, whether standard error is a terminal, and how to reach a server. Immutable; the streams
 * are shared with the caller.
 *
 * @param out standard output: results only
 * @param err standard error: progress, errors and hints
 * @param env the environment variables
 * @param secrets the secret values of this run, masked in everything printed
 * @param terminal whether {@code err} is the process's standard error, which may be a terminal (then
 *     the progress is a live display; JLine tells) rather than a captured stream (plain lines)
 * @param nanoClock a monotonic clock, for elapsed times and ETAs
 * @param backends opens the client (and, without {@code --server}, the fake server)
 */
record CliContext(
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Secrets secrets,
    boolean terminal,
    LongSupplier nanoClock,
    BackendFactory backends) {

  /**
   * Leaves out the environment variables, which may hold a token or secret.
   *
   * @return a description without secrets
   */
  @Override
  public String toString() {
    return "CliContext[terminal=" + terminal + "]";
  }
}
