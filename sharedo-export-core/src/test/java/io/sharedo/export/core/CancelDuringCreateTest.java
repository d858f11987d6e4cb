package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cancelling an asynchronous export while its create request is still waiting for the server's answer. */
class CancelDuringCreateTest {
  private final MockWebServer server = new MockWebServer();
  private ShareDoExportClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(URI.create(server.url("/sharedo").toString()))
            .bearerToken("fixed-tok-1").build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  @Test
  void cancellingWhileTheCreateRequestRunsCancelsTheJobOnceItsIdArrives() throws Exception {
    // The create answer comes late; the cancel request that must follow it gets a plain 200.
    server.enqueue(new MockResponse.Builder().code(200).body("{\"exportJobId\":\"j-late\"}")
        .headersDelay(500, TimeUnit.MILLISECONDS).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    CompletableFuture<ExportResult> export = client.exportAsync(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
        null, ExportListener.NONE);
    RecordedRequest create = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(create).as("the create request").isNotNull();

    export.cancel(true);

    RecordedRequest cancel = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(cancel).as("a cancel request once the job id is known").isNotNull();
    assertThat(cancel.getUrl().toString()).contains("j-late");
    assertThat(cancel.getMethod()).isIn("POST", "DELETE", "PUT");
    assertThat(export).isCancelled();
  }
}
