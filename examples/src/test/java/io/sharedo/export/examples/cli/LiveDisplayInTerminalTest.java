package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.ManualClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tool in a real pseudo-terminal (a tmux pane) and reads the screen during the run. The
 * fake server's jobs move only when the test moves its clock, so what the screen shows between
 * those moves can only come from the display redrawing itself. Every wait is bounded and polls the
 * screen; nothing is timed, so a loaded machine only makes it slower. Skipped where tmux is missing.
 */
class LiveDisplayInTerminalTest {
  private FakeShareDoServer server;

  @TempDir
  Path dir;

  @BeforeEach
  void startServer() {
    assumeTrue(TmuxPane.available(), "tmux is not installed");
    server = FakeShareDoServer.builder().demoData().clock(ManualClock.startingNow())
        .jobDuration(Duration.ofSeconds(10)).start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void exportRedrawsBetweenReportsFollowsResizesAndEndsCleanly() {
    try (TmuxPane pane = TmuxPane.start(40, 20, command("export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.resolve("out").toString()))) {
      // The job sits at 0%: a clock that moves past 00:02 is the display redrawing on its own.
      List<String> first = pane.await("the clock passing 00:02", s -> barRow(s).matches(".*00:0[2-9].*"));
      assertThat(barRow(first)).contains("0%", "ETA --").doesNotContain("[");
      assertThat(nonBlank(first)).hasSize(1);

      pane.resize(120, 20);
      List<String> wide = pane.await("the bar at 120 columns", s -> barRow(s).contains("[...."));
      assertThat(nonBlank(wide)).as(String.join("\n", wide)).hasSize(1);

      pane.resize(40, 20);
      List<String> narrow = pane.await("the line at 40 columns again", s -> !barRow(s).contains("["));
      // What the 120-column line left when the terminal re-wrapped it is gone.
      assertThat(nonBlank(pane.await("one row", s -> nonBlank(s).size() == 1))).hasSize(1);
      assertThat(barRow(narrow).length()).isLessThan(40);

      pane.await("the job created", s -> server.jobs().size() == 1);
      server.advance(Duration.ofSeconds(11));
      List<String> end = pane.await("the exit code", s -> String.join("\n", s).contains("EXIT="));
      String all = String.join("\n", end);
      assertThat(all).contains("100%", "done in", "exported worktype matter from uat", "EXIT=0");
      assertThat(nonBlank(end).get(0)).contains("100%", "done in");
    }
  }

  @Test
  void batchShowsRunningItemsPrintsFinishedOnesAboveAndStopsCleanlyOnCtrlC() throws Exception {
    Path items = Files.writeString(dir.resolve("items.csv"),
        "worktype,matter,uat\nworktype,dispute,uat\nconfiguration,Core.Case,uat\n");
    try (TmuxPane pane = TmuxPane.start(200, 20, command("batch", "--items", items.toString(), "--concurrency", "2"))) {
      List<String> running = pane.await("two running items", s -> rowsWith(s, "@uat").size() == 2);
      assertThat(rowsWith(running, "0/3 items")).hasSize(1);

      // Both running jobs move on; the third item waits for a slot.
      pane.await("both jobs created", s -> server.jobs().size() == 2);
      server.advance(Duration.ofSeconds(5));
      List<String> moving = pane.await("both under way",
          s -> rowsWith(s, "@uat").stream().filter(r -> r.contains("Exporting")).count() == 2);
      assertThat(rowsWith(moving, "0/3 items").get(0)).doesNotContain(" 0%");
      pane.sendKeys("C-c");

      List<String> end = pane.await("the exit code", s -> String.join("\n", s).contains("EXIT="));
      String all = String.join("\n", end);
      assertThat(all).contains("EXIT=130", "not started", "EXPORT_009");
      assertThat(all).doesNotContain("^C");
      // The bar line ended before the message: the message starts a row of its own.
      List<String> rows = nonBlank(end);
      int message = rows.indexOf(rows.stream().filter(r -> r.startsWith("EXPORT_009")).findFirst().orElseThrow());
      assertThat(rows.get(message - 1)).contains("items");
      assertThat(rows.get(message)).contains("2 cancelled while running, 1 not started");
    }
  }

  /** The tool, run by the same Java with the test's class path, then its exit code, then a pause to read it. */
  private String command(String... args) {
    String java = ProcessHandle.current().info().command().orElse("java");
    String connect = "--server " + server.baseUrl("uat") + " --client-id " + server.clientId() + " --client-secret "
        + server.clientSecret() + " --identity-url " + server.identityUrl();
    String tool = quote(java) + " -cp " + quote(System.getProperty("java.class.path")) + " "
        + SharedoExportCli.class.getName() + " " + List.of(args).stream().map(LiveDisplayInTerminalTest::quote)
        .collect(Collectors.joining(" ")) + " " + connect + " --journal " + quote(dir.resolve("journal").toString());
    // A trap (not an ignore) keeps the shell alive on Ctrl-C while the JVM still gets the signal.
    return "trap true INT; " + tool + "; echo EXIT=$?; sleep 600";
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static String barRow(List<String> screen) {
    return screen.stream().filter(r -> r.contains("%")).reduce((a, b) -> b).orElse("");
  }

  private static List<String> rowsWith(List<String> screen, String text) {
    return screen.stream().filter(r -> r.contains(text)).toList();
  }

  private static List<String> nonBlank(List<String> screen) {
    return screen.stream().filter(r -> !r.isBlank()).toList();
  }
}
