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
  private static final String MATTER = "{\"systemName\":\"matter\",\"name\":\"Matter\",\"isActive\":true,"
      + "\"lastModified\":\"2026-11-20T09:00:00Z\",\"roles\":[\"owner\",\"supervisor\"],"
      + "\"attributes\":[{\"systemName\":\"matter-ref\",\"type\":\"string\"},{\"systemName\":\"opened\",\"type\":\"date\"}]}";
  private static final String MATTER_REORDERED = "{\"systemName\":\"matter\",\"name\":\"Matter\",\"isActive\":true,"
      + "\"lastModified\":\"2026-11-27T17:30:00Z\",\"roles\":[\"supervisor\",\"owner\"],"
      + "\"attributes\":[{\"systemName\":\"opened\",\"type\":\"date\"},{\"systemName\":\"matter-ref\",\"type\":\"string\"}]}";
  private static final String MATTER_CHANGED = "{\"systemName\":\"matter\",\"name\":\"Matter <b>&</b>\","
      + "\"isActive\":false,\"roles\":[\"owner\"],"
      + "\"attributes\":[{\"systemName\":\"matter-ref\",\"type\":\"number\"},{\"systemName\":\"opened\",\"type\":\"date\"}]}";

  @TempDir
  Path dir;

  private Path left() throws Exception {
    return PackageFiles.create()
        .step("sharedo-type", "matter", MATTER)
        .step("sharedo-form", "old-form", "{\"systemName\":\"old-form\",\"name\":\"Old\"}")
        .writeTo(dir.resolve("left.zip"));
  }

  private Path right() throws Exception {
    return PackageFiles.create()
        .step("sharedo-type", "matter", MATTER_CHANGED)
        .step("sharedo-form", "new-form", "{\"systemName\":\"new-form\",\"name\":\"<script>alert(1)</script>\"}")
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
  void reorderedArraysAndIgnoredFieldsAreNotDifferences() throws Exception {
    Path left = PackageFiles.create().step("sharedo-type", "matter", MATTER).writeTo(dir.resolve("a.zip"));
    Path right = PackageFiles.create().step("sharedo-type", "matter", MATTER_REORDERED).writeTo(dir.resolve("b.zip"));

    CliRun byDefault = compare(left, right);
    CliRun withVolatileFields = compare(left, right, "--no-default-ignores");
    CliRun ignoringAgain = compare(left, right, "--no-default-ignores", "--ignore", "lastModified");

    assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
    assertThat(withVolatileFields.exitCode()).as(withVolatileFields.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(withVolatileFields.out()).contains("/lastModified").doesNotContain("/roles");
    assertThat(ignoringAgain.exitCode()).isZero();
  }

  @Test
  void showsAddedRemovedAndChangedComponentsAndExitsOne() throws Exception {
    CliRun run = compare(left(), right());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out()).contains("new-form", "old-form", "matter", "/isActive", "/attributes/matter-ref/type",
        "/roles/supervisor");
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
        "removed sharedo-form/old-form", "added sharedo-form/new-form", "changed sharedo-type/matter");
    assertThat(html).contains("new-form", "old-form", "/isActive", "/attributes/matter-ref/type");
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
