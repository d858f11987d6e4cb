package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static Set<String> fakeThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
        .filter(n -> n.startsWith("fake-sharedo-")).collect(Collectors.toSet());
  }

  @Test
  void closeStopsEveryThreadTheServerStarted() {
    Set<String> before = fakeThreads();
    FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(50).start();
    Wire wire = new Wire(server);
    for (int i = 0; i < 5; i++) {
      wire.createJob("uat", "matter");
    }
    assertThat(fakeThreads()).isNotEqualTo(before);
    server.close();
    server.close();
    assertThat(fakeThreads()).isSubsetOf(before);
  }

  @Test
  void bindsLoopbackOnAFreePortAndServesDemoDataByDefault() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().start()) {
      assertThat(server.port()).isPositive();
      assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/env/uat");
      assertThat(server.baseUrl("vnext").getPath()).isEqualTo("/env/vnext");
      assertThat(server.identityUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port() + "/identity");
      assertThat(server.environments()).containsExactly("uat", "vnext");
    }
  }

  @Test
  void aClosedServerCannotRestartAndUnknownEnvironmentsAreNamed() {
    FakeShareDoServer server = FakeShareDoServer.builder().start();
    assertThatThrownBy(() -> server.baseUrl("prod")).hasMessageContaining("prod").hasMessageContaining("uat");
    assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
    server.close();
    assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void builderRejectsBadArgumentsNamingThem() {
    FakeShareDoServerBuilder b = FakeShareDoServer.builder();
    assertThatThrownBy(() -> b.port(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("port");
    assertThatThrownBy(() -> b.jobDuration(Duration.ZERO)).hasMessageContaining("jobDuration");
    assertThatThrownBy(() -> b.progressPerPoll(0)).hasMessageContaining("progressPerPoll");
    assertThatThrownBy(() -> b.credentials(" ", "x")).hasMessageContaining("clientId");
    assertThatThrownBy(() -> b.environment("a/b", env -> { })).hasMessageContaining("name");
    assertThatThrownBy(() -> Fault.dropConnectionAt(1.0)).hasMessageContaining("fraction");
    assertThatThrownBy(() -> Fault.stallAt(100)).hasMessageContaining("percentage");
    assertThatThrownBy(() -> Fault.serverErrors(Endpoint.CREATE_JOB, 0)).hasMessageContaining("times");
    b.demoData();
    assertThatThrownBy(b::demoData).hasMessageContaining("already added");
  }

  @Test
  void takeRequestWithTimeoutAnswersNullWhenNothingArrives() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().start()) {
      assertThat(server.takeRequest(Duration.ofMillis(20))).isNull();
    }
  }
}
