package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import java.net.URI;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wire details checked against a scripted server: headers, error bodies, cancel without an endpoint. */
class ProtocolTest {
  private final MockWebServer server = new MockWebServer();
  private ShareDoExportClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(URI.create(server.url("/env/uat").toString()))
            .bearerToken("fixed-token-abc").build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build())
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static ExportParams matter() {
    return ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  }

  @Test
  void createSendsTheProtocolHeadersAndBody() throws Exception {
    server.enqueue(new MockResponse.Builder().code(202).body("{\"exportJobId\":\"j-1\"}").build());

    ExportJob job = client.createJob(matter());

    RecordedRequest request = server.takeRequest();
    assertThat(job.jobId()).isEqualTo("j-1");
    assertThat(request.getTarget()).isEqualTo("/env/uat/api/modeller/importexport/export/package");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer fixed-token-abc");
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo(job.idempotencyKey());
    assertThat(request.getHeaders().get("X-Request-ID")).isNotBlank();
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void shareDoErrorBodyMessageReachesTheException() {
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"error\":{\"code\":\"BadRequest\",\"message\":\"Unknown work type matter\"},\"statusCode\":400}")
        .build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("Unknown work type matter");
  }

  @Test
  void errorMessagesListIsAccepted() {
    server.enqueue(new MockResponse.Builder().code(422).body("{\"errorMessages\":[\"first\",\"second\"]}").build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.getMessage()).contains("first; second");
  }

  @Test
  void fixedTokenRefusedIsExport008WithoutTheToken() {
    server.enqueue(new MockResponse.Builder().code(401).build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).doesNotContain("fixed-token-abc");
  }

  @Test
  void cancelAgainstAServerWithoutCancelIsReportedNotThrown() {
    server.enqueue(new MockResponse.Builder().code(405).build());
    ExportJob job = new ExportJob("j-9", matter(), "key-1", Instant.now());

    CancelResult result = client.cancelJob(job);

    assertThat(result.serverAcknowledged()).isFalse();
    assertThat(result.detail()).contains("no cancel endpoint");
  }

  @Test
  void unknownProgressFieldsAndStatesAreTolerated() {
    server.enqueue(new MockResponse.Builder().code(200)
        .body("{\"state\":\"WARMING_UP\",\"percentage\":7,\"complete\":false,\"novel\":1}").build());
    ExportJob job = new ExportJob("j-9", matter(), "key-1", Instant.now());

    var status = client.getJobStatus(job);

    assertThat(status.state()).isEqualTo(io.sharedo.export.JobState.UNKNOWN);
    assertThat(status.rawState()).isEqualTo("WARMING_UP");
    assertThat(status.percentage()).isEqualTo(7);
    assertThat(status.packageAvailable()).isFalse();
  }
}
