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
    Map<String, String> pointers = new HashMap<>();
    for (JsonNode component : JSON.readTree(run.out()).path("components")) {
      kinds.put(component.path("provider").asText() + "/" + component.path("identity").asText(),
          component.path("kind").asText());
      for (JsonNode difference : component.path("differences")) {
        pointers.put(difference.path("pointer").asText(), difference.path("kind").asText());
      }
    }
    // A real export holds the requested work type only; vnext renamed a phase, made a role mandatory,
    // added a role with a permission, and lists roles and permissions in another order with other GUIDs.
    assertThat(kinds).containsExactly(Map.entry("sharedo-type/matter", "CHANGED"));
    assertThat(pointers).containsOnly(
        Map.entry("/Phases/matter-on-hold/Name", "CHANGED"),
        Map.entry("/SharedoTypeRoles/supervisor/IsMandatory", "CHANGED"),
        Map.entry("/SharedoTypeRoles/compliance-officer", "ADDED"),
        Map.entry("/SharedoTypeRolePermissions/compliance-officer,core.read", "ADDED"));
  }

  @Test
  void htmlReportOfTheDemoParsesAndHoldsTheDifferences() throws Exception {
    Path report = dir.resolve("matter.html");

    CliRun run = CliRun.run("compare", "--type", "worktype", "--system-name", "matter", "--left", "uat",
        "--right", "vnext", "--format", "html", "--output", report.toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out()).startsWith("uat vs vnext: 0 added, 0 removed, 1 changed");
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html", "<table", "</html>");
    HtmlReport.checkWellFormed(html);
    assertThat(HtmlReport.differingComponents(html)).containsExactly("changed sharedo-type/matter");
    assertThat(html).contains("/Phases/matter-on-hold/Name", "/SharedoTypeRoles/compliance-officer", "Paused");
    // Values are shown as escaped compact JSON: a string's quotes are entities, never raw markup.
    assertThat(html).contains("&quot;Paused&quot;");
    assertThat(html.indexOf("<script")).isNegative();
  }

  @Test
  void exportFromTheDemoWritesAPackage() {
    CliRun run = CliRun.run("export", "--type", "worktype", "--system-name", "dispute", "--environment",
        "vnext", "--out", dir.toString(), "--progress", "plain");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(dir.resolve("worktype-dispute-vnext.zip")).isRegularFile();
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
