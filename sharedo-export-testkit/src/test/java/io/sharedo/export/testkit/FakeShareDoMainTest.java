package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.testkit.internal.FakeShareDoMain;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FakeShareDoMainTest {

  @Test
  void launchesADemoServerThatAnswers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FakeShareDoServer server = FakeShareDoMain.launch(new PrintStream(out, true, StandardCharsets.UTF_8),
        "--port", "0", "--job-duration", "500ms", "--client", "cli", "--secret", "s3cret")) {
      String printed = out.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains(server.baseUrl("uat").toString(), server.baseUrl("vnext").toString(),
          server.identityUrl().toString(), "cli");
      assertThat(server.clientSecret()).isEqualTo("s3cret");
      Wire wire = new Wire(server);
      assertThat(wire.createJob("vnext", "matter")).isNotBlank();
    }
  }

  @Test
  void rejectsUnknownOptionsAndBadValues() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FakeShareDoMain.launch(out, "--nope", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--nope");
    assertThatThrownBy(() -> FakeShareDoMain.launch(out, "--port", "eighty"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("number");
    assertThatThrownBy(() -> FakeShareDoMain.launch(out, "--port"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value");
  }

  @Test
  void helpPrintsTheUsageAndReturnsSoTheJarExitsZero() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      FakeShareDoMain.main(new String[] {"--help"});
    } finally {
      System.setOut(original);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: java -jar sharedo-export-testkit.jar")
        .contains("--port N", "--all-extensions", "--help");
    assertThat(FakeShareDoMain.helpRequested("--port", "1", "-h")).isTrue();
    assertThat(FakeShareDoMain.helpRequested("--port", "1")).isFalse();
  }

  @Test
  void allExtensionsOptionSwitchesThemOn() {
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (FakeShareDoServer server = FakeShareDoMain.launch(out, "--all-extensions", "--job-duration", "60s")) {
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      assertThat(wire.cancel("uat", job).statusCode()).isEqualTo(204);
    }
  }
}
