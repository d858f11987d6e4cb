package io.sharedo.export.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the tool with captured output: what tests assert on. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    return runWithEnv(Map.of(), args);
  }

  static CliRun runWithEnv(Map<String, String> env, String... args) {
    // Never the developer's own environments file: a test names its file, or has none.
    Map<String, String> hermetic = new java.util.HashMap<>(env);
    hermetic.putIfAbsent("XDG_CONFIG_HOME", "/nonexistent/sharedo-export-test-config");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = SharedoExportCli.run(o, e, hermetic, args);
    }
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Both streams, for "never printed anywhere" assertions. */
  String all() {
    return out + err;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
