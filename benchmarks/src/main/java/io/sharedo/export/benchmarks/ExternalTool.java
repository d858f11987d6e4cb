package io.sharedo.export.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a reference tool (curl, unzip) for side-by-side figures, when the machine has it. */
final class ExternalTool {
  private ExternalTool() {}

  static boolean available(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs the command to completion, discarding its output; fails when it exits non-zero. */
  static void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish within 10 minutes");
    }
    if (process.exitValue() != 0) {
      throw new IOException(command.get(0) + " exited with " + process.exitValue());
    }
  }
}
