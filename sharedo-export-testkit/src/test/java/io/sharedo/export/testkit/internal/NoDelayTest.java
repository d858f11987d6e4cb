package io.sharedo.export.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.testkit.FakeShareDoServer;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class NoDelayTest {
  private static final String PROPERTY = "sun.net.httpserver.nodelay";

  @Test
  void turnsOnTcpNoDelayWhenTheJvmDoesNotSay() {
    Properties properties = new Properties();
    FakeServerCore.preferNoDelay(properties);
    assertThat(properties.getProperty(PROPERTY)).isEqualTo("true");
  }

  @Test
  void keepsAnExplicitSetting() {
    Properties properties = new Properties();
    properties.setProperty(PROPERTY, "false");
    FakeServerCore.preferNoDelay(properties);
    assertThat(properties.getProperty(PROPERTY)).isEqualTo("false");
  }

  @Test
  void startingAServerAppliesIt() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().start()) {
      assertThat(server.port()).isPositive();
      assertThat(System.getProperty(PROPERTY)).isNotNull();
    }
  }
}
