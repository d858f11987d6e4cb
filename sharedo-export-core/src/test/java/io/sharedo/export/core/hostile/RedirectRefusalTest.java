package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.json;
import static io.sharedo.export.core.hostile.HostileServers.matter;
import static io.sharedo.export.core.hostile.HostileServers.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Redirects never carry a credential to another origin; same-origin GETs are followed a few times. */
class RedirectRefusalTest extends ScriptedServerTest {

  @TempDir
  Path folder;

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void createRedirectedToAnotherOriginIsRefusedAndTheTokenNeverLeaves(int status) {
    client = HostileServers.withToken(server, TOKEN).build();
    String target = elsewhere.url("/steal").toString();
    server.enqueue(redirect(status, target));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.isRecoverable()).isFalse();
    assertThat(error.getMessage()).contains(server.url("/env/uat").toString()).contains(target)
        .doesNotContain(TOKEN);
    assertThat(server.getRequestCount()).as("refused, not retried").isEqualTo(1);
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void progressRedirectedToAnotherPortOfTheSameHostIsRefused() {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(redirect(302, "http://127.0.0.1:" + elsewhere.getPort() + "/progress"));

    ExportException error = assertThrows(ExportException.class,
        () -> client.getJobStatus(HostileServers.job("j-1")));

    assertThat(error.getMessage()).contains("another origin");
    assertThat(elsewhere.getRequestCount()).isZero();
  }

  @Test
  void progressRedirectedWithinTheSameOriginIsFollowedWithItsToken() throws Exception {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(redirect(302, "/env/uat/moved/progress"));
    server.enqueue(json(200, "{\"state\":\"RUNNING\",\"percentage\":40,\"complete\":false}"));

    JobStatus status = client.getJobStatus(HostileServers.job("j-1"));

    assertThat(status.percentage()).isEqualTo(40);
    server.takeRequest();
    RecordedRequest followed = server.takeRequest();
    assertThat(followed.getTarget()).isEqualTo("/env/uat/moved/progress");
    assertThat(followed.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
  }

  @Test
  void sameOriginRedirectLoopEndsAfterFiveHops() {
    client = HostileServers.withToken(server, TOKEN).build();
    for (int i = 0; i < 10; i++) {
      server.enqueue(redirect(302, "/env/uat/loop" + i));
    }

    ExportException error = assertThrows(ExportException.class,
        () -> client.getJobStatus(HostileServers.job("j-1")));

    assertThat(error.getMessage()).contains("more than 5 redirects");
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aPostIsNotRedirectedEvenWithinTheSameOrigin() {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(redirect(307, "/env/uat/other"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.getMessage()).contains("only GET requests are redirected");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void tokenRequestRedirectedElsewhereIsRefusedAndTheSecretIsNotReposted() throws Exception {
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(redirect(307, elsewhere.url("/connect/token").toString()));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).contains(identity.url("/id/connect/token").toString())
        .contains(elsewhere.url("/connect/token").toString()).doesNotContain(HostileServers.SECRET);
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(server.getRequestCount()).isZero();
    assertThat(identity.getRequestCount()).isEqualTo(1);
  }

  @Test
  void downloadRedirectedToAnotherOriginIsRefusedAndNothingIsWritten() throws Exception {
    client = HostileServers.withToken(server, TOKEN).build();
    server.enqueue(json(200, "{\"state\":\"COMPLETED\",\"percentage\":100,\"complete\":true}"));
    server.enqueue(redirect(302, elsewhere.url("/cdn/package.zip").toString()));
    Path destination = folder.resolve("package.zip");

    ExportException error = assertThrows(ExportException.class,
        () -> client.downloadPackage(HostileServers.job("j-1"), destination));

    assertThat(error.getMessage()).contains(elsewhere.url("/cdn/package.zip").toString());
    assertThat(elsewhere.getRequestCount()).isZero();
    assertThat(server.getRequestCount()).as("refused, not retried").isEqualTo(2);
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void basicCredentialsAreSentOnlyToTheIdentityServer() throws Exception {
    client = HostileServers.withClientCredentials(server, identity).build();
    identity.enqueue(HostileServers.token("tok-" + "1".repeat(20)));
    server.enqueue(json(202, "{\"exportJobId\":\"j-1\"}"));

    client.createJob(matter());

    String basic = Base64.getEncoder().encodeToString(("exporter:" + HostileServers.SECRET).getBytes());
    assertThat(identity.takeRequest().getHeaders().get("Authorization")).isEqualTo("Basic " + basic);
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-" + "1".repeat(20));
  }
}
