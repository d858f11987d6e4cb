package io.sharedo.export.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.testkit.AspectModel;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.PhaseModel;
import io.sharedo.export.testkit.PhaseTransitionModel;
import io.sharedo.export.testkit.RawStepModel;
import io.sharedo.export.testkit.RoleModel;
import io.sharedo.export.testkit.RolePermissionModel;
import io.sharedo.export.testkit.WorkTypeModel;
import java.net.URI;

/** The examples on the testkit's javadoc pages. */
final class TestkitSnippets {

  private TestkitSnippets() {}

  static void testkitPackage() {
    // [START testkit-package]
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().progressPerPoll(50)
        .extensions(Extension.RANGE_REQUESTS).start()) {
      server.injectForNextJob(Fault.dropConnectionAt(0.5));
      // run the client against server.baseUrl("uat") ...
      assertThat(server.requestCount(Endpoint.DOWNLOAD)).isEqualTo(2);
    }
    // [END testkit-package]
  }

  static WorkTypeModel workTypeModel() {
    // [START WorkTypeModel]
    WorkTypeModel matter = WorkTypeModel.builder("matter").name("Matter").abstractType(true)
        .phase(PhaseModel.of("matter-open", "Open").withStart(true))
        .phase(PhaseModel.of("matter-closed", "Closed").withOpen(false))
        .transition(PhaseTransitionModel.of("matter-close", "matter-open", "matter-closed", "Close"))
        .role(RoleModel.of("client").withMandatory(true))
        .rolePermission(RolePermissionModel.of("core.read", "client"))
        .globalFeature("Core.Case")
        .section("KeyDateAssociations", "[{\"KeyDateSystemName\":\"limitation\"}]")
        .build();
    // [END WorkTypeModel]
    return matter;
  }

  static RawStepModel rawStepModel() {
    return
        // [START RawStepModel]
        RawStepModel.of("global-feature", "Core.Case", "The 'Core.Case' global feature",
            "{\"SystemName\":\"Core.Case\",\"IsEnabled\":true}")
        // [END RawStepModel]
        ;
  }

  static FakeShareDoServer ownModel() throws java.io.IOException {
    // [START testkit-README-model]
    FakeShareDoServer server = FakeShareDoServer.builder()
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
        .start();
    // [END testkit-README-model]
    return server;
  }

  static void server() {
    // [START FakeShareDoServer]
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      URI uat = server.baseUrl("uat");        // http://127.0.0.1:PORT/env/uat
      URI identity = server.identityUrl();    // http://127.0.0.1:PORT/identity
      // ... point the client at them with server.clientId() / server.clientSecret()
      assertThat(server.requestCount(Endpoint.PROGRESS)).isLessThan(10);
    }
    // [END FakeShareDoServer]
  }
}
