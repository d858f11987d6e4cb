package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/bin/sharedo-export} runs the packaged jar like {@code java -jar}, writes its class-data
 * archive on the first command that talks to a server and maps it on the next. Runs after {@code package}
 * (the {@code runnable-jar} tag), since it needs the shaded jar.
 */
@Tag("runnable-jar")
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("bin", "sharedo-export");
  private static final Path JAR = Path.of("target", "sharedo-export.jar");

  @TempDir Path work;

  /** What one run of the launcher did. */
  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void needsBashAndTheJar() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is not installed");
    assertThat(JAR).as("the shaded jar, built in the package phase").isRegularFile();
  }

  private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().putAll(env);
    Path out = work.resolve("out.txt");
    Path err = work.resolve("err.txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(Duration.ofMinutes(1).toSeconds(), TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private List<Path> archives() throws IOException {
    Path folder = work.resolve("cache").resolve("sharedo-export");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  private static String[] export(FakeShareDoServer server, Path out) {
    return new String[] {"export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", out.toString(), "--server", server.baseUrl("uat").toString(), "--identity-url",
        server.identityUrl().toString(), "--client-id", server.clientId(), "--client-secret", server.clientSecret(),
        "--progress", "none", "--json"};
  }

  @Test
  void writesTheArchiveOnTheFirstExportAndMapsItOnTheNext() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run version = launch(Map.of(), "--version");
      assertThat(version.exitCode()).isZero();
      assertThat(version.out()).startsWith("sharedo-export ");
      assertThat(archives()).as("--version writes no archive: it loads too little").isEmpty();

      Run first = launch(Map.of(), export(server, work.resolve("first")));
      assertThat(first.exitCode()).as(first.err()).isZero();
      JsonNode json = new ObjectMapper().readTree(first.out());
      assertThat(json.path("status").asText()).as("standard output stays JSON while the archive is written")
          .isEqualTo("ok");
      assertThat(archives()).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

      Path classes = work.resolve("classes.log");
      Run second = launch(Map.of("SHAREDO_EXPORT_JAVA_OPTS", "-Xlog:class+load:file=" + classes),
          export(server, work.resolve("second")));
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(new ObjectMapper().readTree(second.out()).path("status").asText()).isEqualTo("ok");
      assertThat(Files.readAllLines(classes, StandardCharsets.UTF_8))
          .as("the tool's own classes come from the archive")
          .anyMatch(l -> l.contains("io.sharedo.export.examples.cli.SharedoExportCli ")
              && l.contains("shared objects file (top)"));
      assertThat(work.resolve("second").resolve("worktype-matter-uat.zip")).isRegularFile();
    }
  }

  @Test
  void runsWithoutAnArchiveWhenToldTo() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run run = launch(Map.of("SHAREDO_EXPORT_CDS", "off"), export(server, work.resolve("plain")));

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(archives()).isEmpty();
    }
  }

  @Test
  void passesTheToolsExitCodeAndSaysWhenTheJarIsMissing() throws Exception {
    Run usage = launch(Map.of(), "export", "--system-name", "matter");
    assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err()).contains("--type");

    Run missing = launch(Map.of("SHAREDO_EXPORT_JAR", work.resolve("none.jar").toString()), "--version");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no jar at").contains("mvn -B -q -pl examples -am package");
  }
}
