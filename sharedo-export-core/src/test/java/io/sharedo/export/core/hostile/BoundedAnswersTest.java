package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.matter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Every JSON answer is read through a limit: an endless body is cut off (its connection closed)
 * and the operation fails with its own code, not retried.
 */
class BoundedAnswersTest extends ScriptedServerTest {

  private static MockResponse endless(int code, HostileServers.EndlessBody body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  @Test
  void endlessProgressAnswerIsExport003AndItsConnectionIsClosed() throws Exception {
    client = HostileServers.withToken(server, TOKEN).build();
    HostileServers.EndlessBody body = new HostileServers.EndlessBody("{\"state\":\"RUNNING\",\"x\":\"");
    server.enqueue(endless(200, body));

    ExportException error = assertThrows(ExportException.class,
        () -> client.getJobStatus(HostileServers.job("j-1")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(error.getMessage()).contains("larger than the limit of 1048576 bytes");
    assertThat(error.isRecoverable()).isFalse();
    assertThat(body.closedByClient.await(30, TimeUnit.SECONDS)).as("the client stopped reading").isTrue();
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void oversizedCreateAnswerIsExport001WithTheConfiguredLimit() {
    client = HostileServers.withToken(server, TOKEN).maxResponseBodySize(4096).build();
    server.enqueue(HostileServers.json(202, "{\"exportJobId\":\"j-1\",\"pad\":\"" + "x".repeat(5000) + "\"}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.details()).containsEntry("bodyLimit", "4096");
  }

  @Test
  void answerOfExactlyTheLimitIsRead() {
    client = HostileServers.withToken(server, TOKEN).maxResponseBodySize(1024).build();
    String start = "{\"exportJobId\":\"j-1\",\"pad\":\"";
    String body = start + "x".repeat(1024 - start.length() - 2) + "\"}";
    server.enqueue(HostileServers.json(202, body));

    assertThat(client.createJob(matter()).jobId()).isEqualTo("j-1");
  }

  @Test
  void endlessTokenAnswerIsExport008() throws Exception {
    client = HostileServers.withClientCredentials(server, identity).build();
    HostileServers.EndlessBody body = new HostileServers.EndlessBody("{\"access_token\":\"");
    identity.enqueue(endless(200, body));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(body.closedByClient.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokenAnswerOverTheConfiguredLimitIsExport008WithThatLimit() {
    client = HostileServers.withClientCredentials(server, identity).maxResponseBodySize(4096).build();
    identity.enqueue(HostileServers.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"pad\":\""
        + "x".repeat(5000) + "\"}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.details()).containsEntry("bodyLimit", "4096");
    assertThat(server.getRequestCount()).as("no API request without a token").isZero();
  }

  @Test
  void tokenAnswerOverTheDefaultLimitIsReadUnderARaisedLimit() throws Exception {
    client = HostileServers.withClientCredentials(server, identity).maxResponseBodySize(2L << 20).build();
    identity.enqueue(HostileServers.json(200, "{\"access_token\":\"tok-1\",\"expires_in\":3600,\"pad\":\""
        + "x".repeat(1 << 20) + "\"}"));
    server.enqueue(HostileServers.json(202, "{\"exportJobId\":\"j-1\"}"));

    assertThat(client.createJob(matter()).jobId()).isEqualTo("j-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
  }

  @Test
  void endlessErrorBodyKeepsOnlyTheStartOfTheServersMessage() throws Exception {
    client = HostileServers.withToken(server, TOKEN).build();
    HostileServers.EndlessBody body = new HostileServers.EndlessBody("unknown work type");
    server.enqueue(endless(400, body));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("unknown work type").hasSizeLessThan(1000);
    assertThat(body.closedByClient.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void endlessCancelAnswerIsReportedNotThrown() throws Exception {
    client = HostileServers.withToken(server, TOKEN).build();
    HostileServers.EndlessBody body = new HostileServers.EndlessBody("{");
    server.enqueue(endless(200, body));

    CancelResult result = client.cancelJob(HostileServers.job("j-1"));

    assertThat(result.serverAcknowledged()).isTrue();
    assertThat(body.closedByClient.await(30, TimeUnit.SECONDS)).isTrue();
  }
}
