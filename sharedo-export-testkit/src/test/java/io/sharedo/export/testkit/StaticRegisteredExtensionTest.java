package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The per-class form: a static @RegisterExtension field shares one server across the class's tests. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaticRegisteredExtensionTest {
  @RegisterExtension
  static final FakeShareDoExtension FAKE = FakeShareDoExtension.builder().demoData().progressPerPoll(50).build();

  @Test
  @Order(1)
  void firstTestCreatesAJob(FakeShareDoServer server) {
    new Wire(server).createJob("uat", "matter");
    assertThat(FAKE.server().jobs()).hasSize(1);
  }

  @Test
  @Order(2)
  void secondTestSeesTheSameServer(FakeShareDoServer server) {
    assertThat(server).isSameAs(FAKE.server());
    assertThat(server.jobs()).hasSize(1);
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterClassServer(FakeShareDoServer server) {
      assertThat(server).isSameAs(FAKE.server());
      assertThat(server.port()).isPositive();
    }
  }
}
