package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.SECRET;
import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.json;
import static io.sharedo.export.core.hostile.HostileServers.matter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.support.CapturedLogs;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed tokens are EXPORT_008 and never echoed; credentials a server echoes back are masked. */
class CredentialLeakTest extends ScriptedServerTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc\r\nX-Evil: 1", "token with spaces", "tök-non-ascii", "ab=cd", "==="})
  void malformedCallerTokenIsExport008AndNeverSentNorEchoed(String token) {
    client = HostileServers.withToken(server, token).build();

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).doesNotContain(token).doesNotContain("Bearer");
    assertThat(error.isRecoverable()).isFalse();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void malformedTokenFromTheIdentityServerIsExport008AndNeverEchoed() {
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(json(200, "{\"access_token\":\"good-part\\r\\nInjected: yes\",\"expires_in\":60}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).contains("line break").doesNotContain("good-part").doesNotContain("Injected");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokenTheServerEchoesInAnErrorIsMasked() {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(json(400, "{\"errorMessages\":[\"bad request for Bearer " + TOKEN + "\"]}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.getMessage()).contains("bad request for Bearer ****").doesNotContain(TOKEN);
  }

  @Test
  void secretAndBasicValueTheIdentityServerEchoesAreMasked() {
    client = HostileServers.withClientCredentials(server, identity).build();
    String basic = Base64.getEncoder().encodeToString(("exporter:" + SECRET).getBytes());
    identity.enqueue(json(400, "{\"error\":\"invalid_client " + SECRET + " / Basic " + basic + "\"}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).contains("invalid_client ****").doesNotContain(SECRET).doesNotContain(basic);
  }

  @Test
  void fetchedTokenEchoedInAProgressMessageIsMaskedInTheStatusAndTheLogs() {
    String fetched = "eyJhbGciOi.fetched-token.sig";
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(HostileServers.token(fetched));
    server.enqueue(json(200, "{\"state\":\"FAILED\",\"percentage\":10,\"complete\":false,"
        + "\"errorMessage\":\"caller " + fetched + " may not export\","
        + "\"current\":[{\"description\":\"step for " + fetched + "\"}]}"));

    JobStatus status = client.getJobStatus(HostileServers.job("j-1"));

    assertThat(status.errorMessage()).isEqualTo("caller **** may not export");
    assertThat(status.currentStep()).isEqualTo("step for ****");
    assertThat(CapturedLogs.text()).doesNotContain(fetched).doesNotContain(SECRET);
  }

  @Test
  void tokenEchoedInTheRedirectTargetIsMasked() {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(HostileServers.redirect(302, "http://elsewhere.invalid/?t=" + TOKEN));

    ExportException error = assertThrows(ExportException.class,
        () -> client.getJobStatus(HostileServers.job("j-1")));

    assertThat(error.getMessage()).contains("t=****").doesNotContain(TOKEN);
    assertThat(error.details().values()).noneMatch(v -> v.contains(TOKEN));
  }
}
