package io.sharedo.export.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class NetworkErrorsTest {
  private static Throwable failureOf(URI uri) throws InterruptedException {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("the request to " + uri + " went through");
  }

  @Test
  void namesAnUnresolvableHostAsAnUnknownHostNotARefusedConnection() throws Exception {
    // The JDK client reports it as a ConnectException without a message around UnresolvedAddressException.
    Throwable failure = failureOf(URI.create("http://no-such-host.invalid/"));

    assertThat(failure).isInstanceOf(ConnectException.class);
    assertThat(NetworkErrors.describe(failure)).isEqualTo("unknown host");
  }

  @Test
  void namesAClosedPortAsARefusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Throwable failure = failureOf(URI.create("http://127.0.0.1:" + port + "/"));

    assertThat(NetworkErrors.describe(failure)).isEqualTo("connection refused");
  }
}
