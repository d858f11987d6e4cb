package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code --server} the tool starts the testkit's fake server with its demo data: the README's first command. */
class BuiltInDemoTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void compareOfTheDemoEnvironmentsShowsTheExpectedChanges() throws Exception {
    CliRun run = CliRun.run("compare", "--type", "worktype", "--system-name", "matter", "--left", "uat",
        "--right", "vnext", "--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.err()).startsWith(
        "no --server given: using the built-in fake ShareDo server with demo data (environments uat, vnext)");
    Map<String, String> kinds = new HashMap<>();
    for (JsonNode component : JSON.readTree(run.out()).path("components")) {
      kinds.put(component.path("provider").asText() + "/" + component.path("systemName").asText(),
          component.path("kind").asText());
    }
    assertThat(kinds).containsEntry("sharedo-workflow/matter-review", "ADDED")
        .containsEntry("sharedo-form/conflict-check", "REMOVED")
        .containsEntry("sharedo-type/matter", "CHANGED")
        .containsEntry("sharedo-option-set/matter-status", "CHANGED")
        .containsEntry("sharedo-workflow/matter-intake", "UNCHANGED");
  }

  @Test
  void htmlReportOfTheDemoParsesAndHoldsTheDifferences() throws Exception {
    Path report = dir.resolve("matter.html");

    CliRun run = CliRun.run("compare", "--type", "worktype", "--system-name", "matter", "--left", "uat",
        "--right", "vnext", "--format", "html", "--output", report.toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out()).startsWith("uat vs vnext: 1 added, 1 removed, ");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html", "<table", "</html>");
    HtmlReport.checkWellFormed(html);
    assertThat(HtmlReport.differingComponents(html)).containsExactlyInAnyOrder(
        "removed sharedo-form/conflict-check",
        "changed sharedo-option-set/matter-status",
        "changed sharedo-type/matter",
        "added sharedo-workflow/matter-review");
    assertThat(html).contains("matter-review", "conflict-check", "/attributes/budget/required", "Paused");
    // Values are shown as escaped compact JSON: a string's quotes are entities, never raw markup.
    assertThat(html).contains("&quot;Paused&quot;");
    assertThat(html.indexOf("<script")).isNegative();
  }

  @Test
  void exportFromTheDemoWritesAPackage() {
    CliRun run = CliRun.run("export", "--type", "workflow", "--system-name", "matter-intake", "--environment",
        "vnext", "--out", dir.toString(), "--progress", "plain");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(dir.resolve("workflow-matter-intake-vnext.zip")).isRegularFile();
    assertThat(run.err()).contains("[vnext] done in");
  }

  @Test
  void anEnvironmentTheDemoDoesNotHaveIsAUsageError() {
    CliRun run = CliRun.run("export", "--type", "worktype", "--system-name", "matter", "--environment", "prod",
        "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("'prod'", "--server");
  }
}
