package io.sharedo.export.core.hostile;

import io.sharedo.export.core.ShareDoExportClient;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the hostile-server tests: a scripted API server, a scripted identity server and a third
 * origin a hostile answer may point at, all on real sockets; the test builds {@link #client}.
 */
abstract class ScriptedServerTest {
  protected final MockWebServer server = new MockWebServer();
  protected final MockWebServer identity = new MockWebServer();
  protected final MockWebServer elsewhere = new MockWebServer();
  protected ShareDoExportClient client;

  @BeforeEach
  void startServers() throws Exception {
    server.start();
    identity.start();
    elsewhere.start();
  }

  @AfterEach
  void stopServers() {
    if (client != null) {
      client.close();
    }
    server.close();
    identity.close();
    elsewhere.close();
  }
}
