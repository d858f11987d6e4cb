package io.sharedo.export.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's program says by its exit status whether the export worked, so a script that runs it
 * can tell. It runs as a child JVM (it ends in {@code System.exit}) whose resolver reads an empty
 * hosts file ({@code jdk.net.hosts.file}), so {@code identity.example.com} is unknown without asking
 * DNS (the library's retries still take a few seconds), and none of the developer's JVM options.
 */
class ExportFromCodeTest {

  private static final String SECRET = "not-a-real-secret-4711";

  @TempDir
  Path dir;

  @Test
  void exitsOneAndPrintsTheCodeWhenTheExportFails() throws Exception {
    Finished run = run(true);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("EXPORT_007", "unknown host").doesNotContain(SECRET);
  }

  @Test
  void exitsTwoWithoutTheSecret() throws Exception {
    Finished run = run(false);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("Set SHAREDO_CLIENT_SECRET");
  }

  private Finished run(boolean withSecret) throws IOException, InterruptedException {
    Path hosts = Files.writeString(dir.resolve("hosts"), "");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Djdk.net.hosts.file=" + hosts,
        "-cp", System.getProperty("java.class.path"), ExportFromCode.class.getName())
        .redirectOutput(dir.resolve("out").toFile())
        .redirectError(dir.resolve("err").toFile());
    for (String variable : new String[] {"SHAREDO_CLIENT_SECRET", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
        "_JAVA_OPTIONS"}) {
      builder.environment().remove(variable); // a proxy or agent there would change the failure
    }
    if (withSecret) {
      builder.environment().put("SHAREDO_CLIENT_SECRET", SECRET);
    }
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ExportFromCode did not end within 60 s");
    }
    return new Finished(process.exitValue(), Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }

  private record Finished(int exitCode, String err) {}
}
