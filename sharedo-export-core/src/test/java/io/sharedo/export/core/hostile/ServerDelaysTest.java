package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.json;
import static io.sharedo.export.core.hostile.HostileServers.matter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** Delays a server names (Retry-After, expires_in) never overflow and never outlast the settings. */
class ServerDelaysTest extends ScriptedServerTest {

  @Test
  void retryAfterTooLargeForADurationIsClampedThenRefusedWithACode() {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "9".repeat(40)).build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.getMessage()).contains("asked to wait 36500 d").contains("maximum backoff");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void hugeRetryAfterOnAProgressAnswerEndsAtTheDeadlineNotInAnOverflow() {
    client = HostileServers.withToken(server, TOKEN).build();
    for (int i = 0; i < 20; i++) {
      server.enqueue(new MockResponse.Builder().code(200).addHeader("Retry-After", "9".repeat(30))
          .body("{\"state\":\"RUNNING\",\"percentage\":" + (10 + i) + ",\"complete\":false}").build());
    }

    ExportTimeoutException error = assertThrows(ExportTimeoutException.class,
        () -> client.monitorJob(HostileServers.job("j-1"), Duration.ofMillis(300)));

    assertThat(error.limit()).isEqualTo(ExportTimeoutException.Limit.DEADLINE);
  }

  @Test
  void expiresInTooLargeForADurationIsClampedAndTheTokenIsUsed() throws Exception {
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(json(200, "{\"access_token\":\"tok-abcdef\",\"expires_in\":1e300}"));
    server.enqueue(json(202, "{\"exportJobId\":\"j-1\"}"));
    server.enqueue(json(202, "{\"exportJobId\":\"j-2\"}"));

    client.createJob(matter());
    client.createJob(matter());

    assertThat(identity.getRequestCount()).as("the token is cached").isEqualTo(1);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-abcdef");
  }

  @Test
  void negativeOrTextualExpiresInFallsBackToSafeLifetimes() {
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(json(200, "{\"access_token\":\"tok-abcdef\",\"expires_in\":\"-99999999999999999999999\"}"));
    server.enqueue(json(202, "{\"exportJobId\":\"j-1\"}"));

    assertThat(client.createJob(matter()).jobId()).isEqualTo("j-1");
  }

  @Test
  void answerTrickledAByteAtATimeIsCutOffByTheRequestTimeout() {
    client = HostileServers.withToken(server, TOKEN).requestTimeout(Duration.ofMillis(500))
        .retrySettings(io.sharedo.export.core.RetrySettings.builder().maxAttempts(1).build()).build();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"state\":\"RUNNING\",\"percentage\":10,\"pad\":\"" + "x".repeat(2000) + "\"}")
        .throttleBody(1, 50, TimeUnit.MILLISECONDS).build());

    ExportException error = assertThrows(ExportException.class,
        () -> client.getJobStatus(HostileServers.job("j-1")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.getMessage()).contains("no complete answer within PT0.5S");
  }

  @Test
  void tokenAnswerTrickledAByteAtATimeIsCutOffByTheRequestTimeout() {
    client = HostileServers.withClientCredentials(server, identity).requestTimeout(Duration.ofMillis(500))
        .retrySettings(io.sharedo.export.core.RetrySettings.builder().maxAttempts(1).build()).build();
    identity.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body("{\"access_token\":\"tok-abcdef\",\"pad\":\"" + "x".repeat(2000) + "\"}")
        .throttleBody(1, 50, TimeUnit.MILLISECONDS).build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.getMessage()).contains("identity server").contains("no answer within the request timeout").doesNotContain("HttpTimeoutException");
    assertThat(server.getRequestCount()).isZero();
  }
}
