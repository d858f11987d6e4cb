package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspect PACKAGE.zip}: what a package holds, and what it lacks, without a server. */
class InspectCommandTest {
  private static final String MATTER = "{\"BaseSharedo\":{\"SystemName\":\"matter\",\"Name\":\"Matter\"},"
      + "\"Phases\":[{\"SystemName\":\"open\"},{\"SystemName\":\"closed\"}],"
      + "\"PhaseTransitions\":[{\"SystemName\":\"close\"}],"
      + "\"SharedoTypeRoles\":[{\"ParticipantRoleSystemName\":\"client\"},{\"ParticipantRoleSystemName\":\"reviewer\"},"
      + "{\"ParticipantRoleSystemName\":\"owner\"}],"
      + "\"SharedoTypeRolePermissions\":[{\"PermissionSystemName\":\"core.read\",\"ParticipantRoleSystemName\":\"client\"}]}";

  @TempDir
  Path dir;

  private Path matterPackage() throws Exception {
    return PackageFiles.create()
        .step("sharedo-type", "matter", MATTER, "[" + PackageFiles.missing("global-feature", "Core.Case") + ","
            + PackageFiles.missing("permission", "core.read") + "]", "[" + PackageFiles.missing("portal", "p") + "]")
        .writeTo(dir.resolve("matter.zip"));
  }

  @Test
  void showsTheManifestTheWorkTypesCountsAndItsMissingDependencies() throws Exception {
    CliRun run = CliRun.run("inspect", matterPackage().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("matter.zip: valid", "configuration  VeryBasic", "exported from  Acme UAT",
        "ShareDo        7.9.0.0", "sharedo-type matter  \"Matter\"",
        "2 phases, 1 transitions, 3 roles, 1 role permissions",
        "2 mandatory (0 included, 2 missing); 1 recommended (0 included, 1 missing)",
        "mandatory    missing   global-feature Core.Case", "recommended  missing   portal p");
  }

  @Test
  void printsJsonThatNamesEachDependencyAndWhetherItIsIncluded() throws Exception {
    CliRun run = CliRun.run("inspect", "--json", matterPackage().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.path("name").asText()).isEqualTo("VeryBasic");
    assertThat(json.path("sharedoVersion").asText()).isEqualTo("7.9.0.0");
    JsonNode step = json.path("steps").get(0);
    assertThat(step.path("identity").asText()).isEqualTo("matter");
    assertThat(step.path("workType").path("roles").asInt()).isEqualTo(3);
    assertThat(step.path("dependencies")).hasSize(3);
    assertThat(step.path("dependencies").get(0).path("kind").asText()).isEqualTo("mandatory");
    assertThat(step.path("dependencies").get(0).path("included").asBoolean()).isFalse();
  }

  @Test
  void aBadPackageExitsThreeWithItsErrorCode() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.zip"), "<html>Service Unavailable</html>");

    CliRun run = CliRun.run("inspect", broken.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).startsWith("EXPORT_006: ").contains("hint: ");
  }
}
