package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/** What {@link LauncherScriptTest} runs the launcher with, and reads back from its runs and its cache. */
final class LauncherFixtures {
  /** The longest a training run is waited for. */
  static final Duration TRAINING = Duration.ofMinutes(1);

  private LauncherFixtures() {}

  /** What one run of the launcher did. */
  record Run(int exitCode, String out, String err) {}

  /** A condition that reads the file system. */
  interface FileCondition {
    boolean holds() throws IOException;
  }

  /** Polls until {@code condition} holds, failing as {@code what} after {@link #TRAINING}. */
  static void awaitUntil(String what, FileCondition condition) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TRAINING.toNanos();
    while (!condition.holds()) {
      assertThat(System.nanoTime()).as(what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The arguments of a demo export against {@code server}, with JSON output. */
  static String[] export(FakeShareDoServer server, Path out) {
    return new String[] {"export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", out.toString(), "--server", server.baseUrl("uat").toString(), "--identity-url",
        server.identityUrl().toString(), "--client-id", server.clientId(), "--client-secret", server.clientSecret(),
        "--progress", "none", "--json"};
  }

  /** The {@code status} field of the run's JSON output. */
  static String status(Run run) throws IOException {
    JsonNode json = new ObjectMapper().readTree(run.out());
    return json.path("status").asText();
  }

  /** Whether {@code folder} holds an archive. */
  static boolean hasArchive(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".jsa"));
    }
  }

  /**
   * A JDK folder under {@code work} whose java runs {@code training} (bash) for a training run, and the
   * real Java for anything else.
   */
  static Path javaWhoseTrainingRuns(Path work, String folder, String training) throws IOException {
    Path jdk = work.resolve(folder);
    Files.createDirectories(jdk.resolve("bin"));
    Files.createSymbolicLink(jdk.resolve("lib"), Path.of(System.getProperty("java.home"), "lib"));
    Path java = jdk.resolve("bin").resolve("java");
    Files.writeString(java, "#!/usr/bin/env bash\n"
        + "for a in \"$@\"; do [[ $a == -XX:ArchiveClassesAtExit=* ]] && { " + training + "; }; done\n"
        + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    java.toFile().setExecutable(true);
    return jdk;
  }

  /** A Java whose training run waits for {@code release} and then fails. */
  static Path javaWhoseTrainingWaitsFor(Path work, Path release) throws IOException {
    // Also ends when the test's folder is gone, so that a failed test leaves no process behind.
    return javaWhoseTrainingRuns(work, "waiting-jdk",
        "while [[ ! -e '" + release + "' && -d '" + work + "' ]]; do sleep 0.05; done; exit 1");
  }
}
