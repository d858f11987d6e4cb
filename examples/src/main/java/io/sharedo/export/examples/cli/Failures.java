package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;

/**
 * Prints failures the one way the tool promises: the error on one line of standard error
 * ({@code EXPORT_00X: message}), a {@code hint:} line under it and, with {@code --json}, a failure
 * document on standard output. Secrets are masked. Stateless, thread-safe.
 */
final class Failures {

  private Failures() {}

  /**
   * Reports a failed export and gives its exit code.
   *
   * @param context the run
   * @param json whether {@code --json} was given
   * @param fallbackGiven whether the command gave {@code --fallback}
   * @param error the failure; when its fallback failed too, both failures are printed with a hint each
   * @return {@link ExitCodes#FAILED}, or {@link ExitCodes#INTERRUPTED} when the run was cancelled
   */
  static int exportFailed(CliContext context, boolean json, boolean fallbackGiven, ExportException error) {
    String message = oneLine(context, error.getMessage());
    String fallbackCode = error.details().get("fallbackCode");
    String hint = "true".equals(error.details().get("nonShareDoAnswer"))
        ? "check the server's URL (--server or the environments file): it must be ShareDo's base URL, with its path,"
            + " and no proxy login page in between"
        : ErrorHints.hintFor(error, fallbackGiven || fallbackCode != null);
    context.err().println(error.code().code() + ": " + message);
    context.err().println("hint: " + hint);
    for (ExportErrorCode code : ExportErrorCode.values()) {
      if (code.code().equals(fallbackCode) && code != error.code()) {
        context.err().println("hint (" + code.code() + ", the fallback): " + ErrorHints.hintFor(code, true));
      }
    }
    if (json) {
      context.out().println(Reports.toJson(new Reports.FailureReport("failed", error.code().code(),
          message, hint)));
    }
    context.err().flush();
    context.out().flush();
    // Cancelled by the caller means Ctrl-C (or an interrupt) in this tool: the shell's 128 + SIGINT.
    return error.code() == ExportErrorCode.CANCELLED ? ExitCodes.INTERRUPTED : ExitCodes.FAILED;
  }

  /**
   * Reports a usage error and gives its exit code.
   *
   * @param context the run
   * @param message what is wrong
   * @param command the command's qualified name, for the hint (for example {@code sharedo-export export})
   * @return {@link ExitCodes#USAGE}
   */
  static int usage(CliContext context, String message, String command) {
    return usage(context, false, message, command);
  }

  /**
   * Reports a usage error and gives its exit code; with {@code --json}, also as a failure document
   * whose code is {@code USAGE}, so that a script reading standard output always gets one.
   *
   * @param context the run
   * @param json whether the command line gave {@code --json}
   * @param message what is wrong
   * @param command the command's qualified name, for the hint (for example {@code sharedo-export export})
   * @return {@link ExitCodes#USAGE}
   */
  static int usage(CliContext context, boolean json, String message, String command) {
    String line = oneLine(context, message);
    String hint = "run '" + command + " --help' to see the options";
    context.err().println("error: " + line);
    context.err().println("hint: " + hint);
    context.err().flush();
    if (json) {
      context.out().println(Reports.toJson(new Reports.FailureReport("failed", "USAGE", line, hint)));
      context.out().flush();
    }
    return ExitCodes.USAGE;
  }

  /**
   * The message masked and folded onto one line.
   *
   * @param context the run, for its secrets
   * @param message the message, may be null
   * @return the line
   */
  static String oneLine(CliContext context, String message) {
    // Fold line breaks first (a multi-line message reads as one line), then mask and escape the rest.
    return context.secrets().mask(Formats.oneLine(message == null ? "(no message)" : message));
  }
}
