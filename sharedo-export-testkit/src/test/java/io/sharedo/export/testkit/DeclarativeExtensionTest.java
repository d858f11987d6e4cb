package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeShareDoExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeclarativeExtensionTest {
  private static final Set<Integer> PORTS = new HashSet<>();
  private static FakeShareDoServer first;

  @Test
  @Order(1)
  void injectsAStartedDemoServer(FakeShareDoServer server) {
    assertThat(server.environments()).containsExactly("uat", "vnext");
    assertThat(new Wire(server).createJob("uat", "matter")).isNotBlank();
    PORTS.add(server.port());
    first = server;
  }

  @Test
  @Order(2)
  void givesEachTestItsOwnServer(FakeShareDoServer server) {
    assertThat(server).isNotSameAs(first);
    assertThat(server.jobs()).isEmpty();
    assertThat(server.requestCount()).isZero();
    PORTS.add(server.port());
  }

  @AfterAll
  static void previousServerWasClosed() {
    assertThat(PORTS).hasSize(2);
    org.assertj.core.api.Assertions.assertThatThrownBy(first::port).isInstanceOf(IllegalStateException.class);
  }
}
