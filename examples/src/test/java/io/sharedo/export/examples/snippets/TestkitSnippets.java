package io.sharedo.export.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.Fault;
import java.net.URI;

/** The examples on the testkit's javadoc pages. */
final class TestkitSnippets {

  private TestkitSnippets() {}

  static void testkitPackage() {
    // [START testkit-package]
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().progressPerPoll(50).start()) {
      server.injectForNextJob(Fault.dropConnectionAt(0.5));
      // run the client against server.baseUrl("uat") ...
      assertThat(server.requestCount(Endpoint.DOWNLOAD)).isEqualTo(2);
    }
    // [END testkit-package]
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
