package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare --left-package A.zip --right-package B.zip}: files on disk, no server. */
class ComparePackagesTest {
  private static final String MATTER = workType("Matter", true,
      "{\"ParticipantRoleSystemName\":\"client\",\"IsMandatory\":false},"
          + "{\"ParticipantRoleSystemName\":\"reviewer\",\"IsMandatory\":true}",
      "{\"SystemName\":\"open\",\"Name\":\"Open\"},{\"SystemName\":\"closed\",\"Name\":\"Closed\"}",
      "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3");
  private static final String MATTER_REORDERED = workType("Matter", true,
      "{\"ParticipantRoleSystemName\":\"reviewer\",\"IsMandatory\":true},"
          + "{\"ParticipantRoleSystemName\":\"client\",\"IsMandatory\":false}",
      "{\"SystemName\":\"closed\",\"Name\":\"Closed\"},{\"SystemName\":\"open\",\"Name\":\"Open\"}",
      "11111111-2222-4333-8444-555555555555");
  private static final String MATTER_CHANGED = workType("Matter <b>&</b>", false,
      "{\"ParticipantRoleSystemName\":\"client\",\"IsMandatory\":true}",
      "{\"SystemName\":\"open\",\"Name\":\"Opened\"},{\"SystemName\":\"closed\",\"Name\":\"Closed\"}",
      "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3");

  private static String workType(String name, boolean active, String roles, String phases, String permissionId) {
    return "{\"BaseSharedo\":{\"SystemName\":\"matter\",\"Name\":\"" + name + "\",\"IsActive\":" + active + "},"
        + "\"Phases\":[" + phases + "],\"SharedoTypeRoles\":[" + roles + "],"
        + "\"SharedoTypeRolePermissions\":[{\"PermissionSystemName\":\"core.read\","
        + "\"ParticipantRoleSystemName\":\"client\",\"Id\":\"" + permissionId + "\"}]}";
  }

  @TempDir
  Path dir;

  private Path left() throws Exception {
    return PackageFiles.create()
        .step("sharedo-type", "matter", MATTER)
        .step("global-feature", "old-feature", "{\"SystemName\":\"old-feature\",\"Name\":\"Old\"}")
        .writeTo(dir.resolve("left.zip"));
  }

  private Path right() throws Exception {
    return PackageFiles.create()
        .step("sharedo-type", "matter", MATTER_CHANGED)
        .step("global-feature", "new-feature", "{\"SystemName\":\"new-feature\",\"Name\":\"<script>alert(1)</script>\"}")
        .writeTo(dir.resolve("right.zip"));
  }

  private CliRun compare(Path left, Path right, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "compare";
    args[1] = "--left-package=" + left;
    args[2] = "--right-package=" + right;
    args[3] = "--progress=none";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.run(args);
  }

  @Test
  void identicalPackagesExitZero() throws Exception {
    Path left = left();
    Path same = Files.copy(left, dir.resolve("same.zip"));

    CliRun run = compare(left, same);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("left.zip", "same.zip", "No differences");
  }

  @Test
  void reorderedListsNewGuidsAndALaterExportAreNotDifferences() throws Exception {
    Path left = PackageFiles.create().step("sharedo-type", "matter", MATTER).writeTo(dir.resolve("a.zip"));
    Path right = PackageFiles.create().createdOn("2026-11-28T18:40:11.7654321Z")
        .step("sharedo-type", "matter", MATTER_REORDERED).writeTo(dir.resolve("b.zip"));

    CliRun byDefault = compare(left, right);
    CliRun withVolatileFields = compare(left, right, "--no-default-ignores");

    assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
    assertThat(withVolatileFields.exitCode()).as(withVolatileFields.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(withVolatileFields.out()).contains("/CreatedOn", "/SharedoTypeRolePermissions/client,core.read/Id")
        .doesNotContain("/SharedoTypeRoles", "/Phases");
  }

  @Test
  void showsAddedRemovedAndChangedComponentsAndExitsOne() throws Exception {
    CliRun run = compare(left(), right());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out()).contains("new-feature", "old-feature", "matter", "/BaseSharedo/IsActive",
        "/Phases/open/Name", "/SharedoTypeRoles/client/IsMandatory", "- /SharedoTypeRoles/reviewer");
  }

  @Test
  void jsonOutputParsesAndCountsTheDifferences() throws Exception {
    CliRun run = compare(left(), right(), "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.DIFFERENCES);
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("summary").path("added").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("removed").asInt()).isEqualTo(1);
    assertThat(json.path("summary").path("changed").asInt()).isEqualTo(1);
  }

  @Test
  void htmlReportWrittenWithOutputHoldsEscapedDifferences() throws Exception {
    Path report = dir.resolve("reports/diff.html");

    CliRun run = compare(left(), right(), "--format", "html", "--output", report.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out().strip()).isEqualTo(
        "left.zip vs right.zip: 1 added, 1 removed, 1 changed; report written to " + report);
    String html = Files.readString(report, StandardCharsets.UTF_8);
    assertThat(html).contains("<html", "<table", "</table>", "</html>");
    HtmlReport.checkWellFormed(html);
    assertThat(HtmlReport.differingComponents(html)).containsExactlyInAnyOrder(
        "removed global-feature/old-feature", "added global-feature/new-feature", "changed sharedo-type/matter");
    assertThat(html).contains("new-feature", "old-feature", "/BaseSharedo/IsActive", "/Phases/open/Name");
    assertThat(html).doesNotContain("<script>", "<b>&</b>");
    assertThat(html).contains("&lt;b&gt;&amp;&lt;/b&gt;");
    assertThat(Files.list(report.getParent())).containsExactly(report);
  }

  @Test
  void anInvalidPackageIsExportZeroZeroSixWithAHint() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.zip"), "not a zip at all");

    CliRun run = compare(left(), broken);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("EXPORT_006: ");
    assertThat(run.err()).contains("hint: ");
  }
}
