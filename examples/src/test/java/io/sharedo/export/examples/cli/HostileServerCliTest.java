package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.FakeShareDoExtension;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool against slow, stuck and hostile servers: its time-limit options are honoured end to end,
 * a malformed token is an authentication error (not a usage error), and no server text reaches the
 * terminal with its control characters.
 */
class HostileServerCliTest {
  @RegisterExtension
  static final FakeShareDoExtension FAKE = FakeShareDoExtension.builder().demoData()
      .jobDuration(Duration.ofMillis(300)).build();

  private final FakeShareDoServer server = FAKE.server();

  @TempDir
  Path dir;

  private CliRun export(String... extra) {
    List<String> args = new ArrayList<>(List.of("export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--progress", "plain", "--journal", dir.resolve("j").toString(),
        "--server", server.baseUrl("uat").toString(), "--client-id", server.clientId(),
        "--client-secret", server.clientSecret(), "--identity-url", server.identityUrl().toString()));
    args.addAll(List.of(extra));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void timeoutOptionIsTheJobsDeadline() {
    server.injectForNextJob(Fault.jobNeverFinishes());

    CliRun run = export("--timeout", "1s");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("EXPORT_002").contains("within PT1S").contains("--timeout");
  }

  @Test
  void stallLimitOptionEndsAJobThatStopsMoving() {
    server.injectForNextJob(Fault.stallAt(50));

    CliRun run = export("--stall-limit", "1s");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("EXPORT_002").contains("no progress for PT1S").contains("--stall-limit");
  }

  @Test
  void requestTimeoutOptionBoundsAServerThatNeverAnswers() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> holdConnections(silent), "silent-server");
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort();

      CliRun run = CliRun.run("status", "j-1", "--environment", "uat", "--server", url,
          "--token", "tok-abcdef", "--request-timeout", "200ms");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err()).contains("EXPORT_007").contains("no complete answer within PT0.2S")
          .contains("--request-timeout");
    }
  }

  private static void holdConnections(ServerSocket silent) {
    List<Socket> held = new ArrayList<>();
    try {
      while (true) {
        held.add(silent.accept());
      }
    } catch (IOException closed) {
      for (Socket socket : held) {
        try {
          socket.close();
        } catch (IOException ignored) {
          // the test is over
        }
      }
    }
  }

  @Test
  void malformedDurationIsAUsageErrorSayingHowToWriteOne() {
    CliRun run = export("--timeout", "10 parsecs");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("500ms, 10s, 2m");
  }

  @Test
  void tokenWithALineBreakIsAnAuthenticationErrorAndIsNeverPrinted() {
    String token = "abcdef\r\nX-Injected: 1";

    CliRun run = CliRun.run("status", "j-1", "--environment", "uat",
        "--server", server.baseUrl("uat").toString(), "--token", token);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("EXPORT_008").doesNotContain("X-Injected").doesNotContain("abcdef");
  }

  @Test
  void controlCharactersInAServerMessageNeverReachTheTerminal() {
    server.injectForNextJob(Fault.jobFails("\u001b]0;pwned\u0007disk\u001b[2J full\u009b\u0000"));

    CliRun run = export();

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.all()).contains("disk").contains("full")
        .doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\u0000");
    assertThat(run.err()).contains("\\u001B]0;pwned\\u0007disk");
  }
}
