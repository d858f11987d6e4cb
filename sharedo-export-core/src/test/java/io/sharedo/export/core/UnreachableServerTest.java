package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedo.export.ExportException;
import io.sharedo.export.core.support.FakeServerTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A server that cannot be reached fails as fast as the retry settings allow, and says why in words. */
class UnreachableServerTest extends FakeServerTest {

  private final List<String> failedOperations = new CopyOnWriteArrayList<>();

  private ShareDoExportClient clientWith(Environment environment) {
    RecoveryPolicy counting = failure -> {
      failedOperations.add(failure.operation());
      return RecoveryPolicy.defaults().decide(failure);
    };
    return ShareDoExportClient.builder().environment("uat", environment).pollPolicy(FAST_POLLING)
        .retrySettings(FAST_RETRIES).recoveryPolicy(counting).tempDirectory(temp).build();
  }

  @Test
  void anUnreachableIdentityServerIsRetriedOnceOverNotInsideEveryRetry() throws IOException {
    URI closed = URI.create("http://127.0.0.1:" + closedPort());
    client.close();
    client = clientWith(Environment.builder(server.baseUrl("uat"))
        .clientCredentials(closed, server.clientId(), server.clientSecret()).build());

    ExportException error = catchThrowableOfType(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.getMessage()).contains("connection refused").doesNotContain("ConnectException");
    assertThat(failedOperations).as("one series of attempts, each fetching the token once")
        .containsOnly("create", "export").filteredOn("create"::equals).hasSize(FAST_RETRIES.maxAttempts());
  }

  @Test
  void anUnreachableApiServerSaysConnectionRefusedAndWhere() throws IOException {
    client.close();
    int port = closedPort();
    client = clientWith(Environment.builder(URI.create("http://user:pw@127.0.0.1:" + port + "/sharedo/?k=v"))
        .bearerToken("fixed-token").build());

    ExportException error = catchThrowableOfType(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.getMessage()).contains("connection refused").doesNotContain("ConnectException")
        .contains("create on uat (http://127.0.0.1:" + port + ") failed")
        .as("no user part or query, which may hold a credential").doesNotContain("pw").doesNotContain("k=v");
    assertThat(failedOperations).filteredOn("create"::equals).hasSize(FAST_RETRIES.maxAttempts());
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
