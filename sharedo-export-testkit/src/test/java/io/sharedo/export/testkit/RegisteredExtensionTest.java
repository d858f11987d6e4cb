package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-test form: an instance @RegisterExtension field starts a configured server for each test. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegisteredExtensionTest {
  @RegisterExtension
  final FakeShareDoExtension fake = FakeShareDoExtension.builder()
      .environment("only", env -> env.workType("matter", w -> w.name("Matter")))
      .progressPerPoll(100)
      .extensions(Extension.CANCEL)
      .build();

  @Test
  @Order(1)
  void startsAConfiguredServer(FakeShareDoServer injected) {
    assertThat(injected).isSameAs(fake.server());
    assertThat(injected.environments()).containsExactly("only");
    Wire wire = new Wire(injected);
    String job = wire.createJob("only", "matter");
    assertThat(wire.pollUntilFinished("only", job).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(wire.cancel("only", wire.createJob("only", "matter")).statusCode()).isEqualTo(204);
  }

  @Test
  @Order(2)
  void startsAFreshServerForTheNextTest() {
    assertThat(fake.server().jobs()).isEmpty();
    assertThat(fake.server().requestCount()).isZero();
  }
}
