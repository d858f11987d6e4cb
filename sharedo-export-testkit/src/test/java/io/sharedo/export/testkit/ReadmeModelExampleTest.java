package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The README's "A model of your own" example, compiled and exported, so the README cannot drift. */
class ReadmeModelExampleTest {

  @Test
  void readmeModelExampleExportsItsClaim() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder()
        .environment("qa", env -> env.exportedFrom("Acme QA")
            .workType("claim", w -> w.name("Claim").parent("matter")
                .phase(PhaseModel.of("claim-new", "New").withStart(true))
                .phase(PhaseModel.of("claim-closed", "Closed").withOpen(false))
                .transition(PhaseTransitionModel.of("claim-close", "claim-new", "claim-closed", "Close"))
                .role(RoleModel.of("handler").withMandatory(true))
                .rolePermission(RolePermissionModel.of("core.read", "handler"))
                .aspect(AspectModel.of("claim-summary", "main", 1))
                .globalFeature("Core.Case")
                .section("KeyDateAssociations", "[{\"KeyDateTypeSystemName\":\"limitation-date\"}]"))
            .rawStep(RawStepModel.of("option-set", "claim-status", "The 'claim-status' option set",
                "{\"SystemName\":\"claim-status\",\"Options\":[]}")))
        .progressPerPoll(100)
        .start()) {
      Wire wire = new Wire(server);
      String job = wire.createJob("qa", "claim");
      wire.pollUntilFinished("qa", job);
      Packages.Opened p = Packages.open(wire.download("qa", job).body());
      JsonNode step = p.json("data/" + p.manifest().get("ExportedSteps").get(0).get("StorageFilename").asText());
      assertThat(step.get("PhaseTransitions").get(0).get("Name").asText()).isEqualTo("Close");
      assertThat(step.get("KeyDateAssociations").get(0).get("KeyDateTypeSystemName").asText())
          .isEqualTo("limitation-date");
      assertThat(p.manifest().get("ExportedFrom").asText()).isEqualTo("Acme QA");
    }
  }
}
