package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The real-server variants of issue #11, each switched on over real sockets. */
class RealServerTest {
  private static final String SPECIFIED =
      "grant_type=Impersonate.Specified&scope=sharedo&impersonate_user=alice%40acme.example&impersonate_provider=sharedo";
  private static final String FIXED = "grant_type=Impersonate.Fixed&scope=sharedo";

  @Test
  void impersonatedTokensNameTheirUserAsCreatedByAndAreRecorded() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(100).start()) {
      Wire wire = new Wire(server);
      wire.useGrant(SPECIFIED);
      String job = wire.createJob("uat", "matter");
      wire.pollUntilFinished("uat", job);
      assertThat(Packages.open(wire.download("uat", job).body()).manifest().get("CreatedBy").asText())
          .isEqualTo("alice@acme.example");
      assertThat(server.job(job).orElseThrow().createdBy()).isEqualTo("alice@acme.example");
      RecordedRequest token = server.takeRequest();
      assertThat(token.grantType()).hasValue("Impersonate.Specified");
      assertThat(token.impersonateUser()).hasValue("alice@acme.example");
      assertThat(token.impersonateProvider()).hasValue("sharedo");
      assertThat(token.toString()).contains("grant=Impersonate.Specified").doesNotContain(server.clientSecret());
      assertThat(server.takeRequest().grantType()).isEmpty();
    }
  }

  @Test
  void fixedImpersonationActsAsTheConfiguredUser() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().fixedImpersonationUser("robot@acme.example")
        .start()) {
      Wire wire = new Wire(server);
      wire.useGrant(FIXED);
      assertThat(server.job(wire.createJob("uat", "matter")).orElseThrow().createdBy()).isEqualTo("robot@acme.example");
    }
  }

  @Test
  void specifiedImpersonationWithoutAUserIsAnInvalidRequest() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().start()) {
      HttpResponse<String> r = new Wire(server).tokenResponse(server.clientId(), server.clientSecret(),
          "grant_type=Impersonate.Specified&scope=sharedo");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(Wire.json(r.body()).get("error").asText()).isEqualTo("invalid_request");
    }
  }

  @Test
  void requiringImpersonationCanRefuseTheClientCredentialsGrant() {
    try (FakeShareDoServer server = FakeShareDoServer.builder()
        .requireImpersonation(ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT).start()) {
      Wire wire = new Wire(server);
      HttpResponse<String> r = wire.tokenResponse(server.clientId(), server.clientSecret());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).isEqualTo("{\"error\":\"unsupported_grant_type\"}");
      wire.useGrant(FIXED);
      assertThat(wire.createJob("uat", "matter")).isNotBlank();
    }
  }

  @Test
  void requiringImpersonationCanRefuseTheExportWithShareDosCreatedByMessage() {
    try (FakeShareDoServer server = FakeShareDoServer.builder()
        .requireImpersonation(ImpersonationRequirement.REFUSE_EXPORT_WITHOUT_USER).start()) {
      Wire wire = new Wire(server);
      HttpResponse<String> refused = wire.create("uat", "matter", null);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(Wire.json(refused.body()).get("errorMessage").asText()).contains("createdBy");
      assertThat(server.jobs()).isEmpty();
      wire.useGrant(SPECIFIED);
      assertThat(wire.create("uat", "matter", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void errorBodiesComeInEveryShape() {
    assertThat(errorBody(ErrorShape.ERROR_MESSAGE)).startsWith("{\"errorMessage\":\"No work type 'nope'");
    assertThat(errorBody(ErrorShape.ERROR_MESSAGES)).startsWith("{\"errorMessages\":[\"No work type 'nope'");
    JsonNode nested = Wire.json(errorBody(ErrorShape.NESTED_ERROR));
    assertThat(nested.get("error").get("code").asText()).isEqualTo("BadRequest");
    assertThat(nested.get("error").get("message").asText()).startsWith("No work type 'nope'");
    assertThat(nested.get("statusCode").asInt()).isEqualTo(400);
    assertThat(errorBody(ErrorShape.PLAIN_TEXT)).startsWith("No work type 'nope'");
    assertThat(errorBody(ErrorShape.HTML_PAGE)).startsWith("<!DOCTYPE html>").doesNotContain("nope");
  }

  private static String errorBody(ErrorShape shape) {
    try (FakeShareDoServer server = FakeShareDoServer.builder().errorShape(shape).start()) {
      HttpResponse<String> r = new Wire(server).create("uat", "nope", null);
      assertThat(r.statusCode()).isEqualTo(400);
      return r.body();
    }
  }

  @Test
  void packagingDelayKeepsACompleteJobWithoutItsPackageForAFewPolls() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(100).packagingDelayPolls(2).start()) {
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      for (int i = 0; i < 2; i++) {
        JsonNode packaging = wire.progressJson("uat", job);
        assertThat(packaging.get("percentage").asInt()).isEqualTo(100);
        assertThat(packaging.get("complete").asBoolean()).isTrue();
        assertThat(packaging.get("packageAvailable").asBoolean()).isFalse();
        assertThat(wire.download("uat", job).statusCode()).isEqualTo(409);
      }
      assertThat(wire.progressJson("uat", job).get("packageAvailable").asBoolean()).isTrue();
      assertThat(wire.download("uat", job).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void packagingDelayFollowsTheServerClock() {
    ManualClock clock = ManualClock.startingNow();
    try (FakeShareDoServer server = FakeShareDoServer.builder().clock(clock).jobDuration(Duration.ofSeconds(10))
        .packagingDelay(Duration.ofSeconds(5)).start()) {
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      server.advance(Duration.ofSeconds(10));
      assertThat(wire.progressJson("uat", job).get("packageAvailable").asBoolean()).isFalse();
      server.advance(Duration.ofSeconds(4));
      assertThat(wire.progressJson("uat", job).get("packageAvailable").asBoolean()).isFalse();
      server.advance(Duration.ofSeconds(1));
      JsonNode ready = wire.progressJson("uat", job);
      assertThat(ready.get("complete").asBoolean()).isTrue();
      assertThat(ready.get("packageAvailable").asBoolean()).isTrue();
    }
  }

  @Test
  void packageCreationFailureEndsTheJobWithItsMessage() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(50).start()) {
      server.injectForNextJob(Fault.packageCreationFails("Could not write the package"));
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      JsonNode last = wire.pollUntilFinished("uat", job);
      assertThat(last.get("state").asText()).isEqualTo("PACKAGE CREATION FAILED");
      assertThat(last.get("errorMessage").asText()).isEqualTo("Could not write the package");
      assertThat(last.get("packageAvailable").asBoolean()).isFalse();
      assertThat(server.job(job).orElseThrow().state()).isEqualTo(JobView.State.PACKAGE_CREATION_FAILED);
      assertThat(wire.download("uat", job).statusCode()).isEqualTo(409);
    }
  }

  @Test
  void chunkedDownloadsHaveNoContentLength() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(100).chunkedDownloads().start()) {
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      wire.pollUntilFinished("uat", job);
      HttpResponse<byte[]> r = wire.download("uat", job);
      assertThat(r.headers().firstValue("Content-Length")).isEmpty();
      assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
      assertThat(Packages.sha256(r.body())).isEqualTo(server.job(job).orElseThrow().packageSha256());
    }
  }

  @Test
  void aDroppedChunkedDownloadEndsEarlyAndEveryFullTransferDropsAgain() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(100).chunkedDownloads().start()) {
      Wire wire = new Wire(server);
      server.injectForNextJob(Fault.dropConnectionAt(0.5));
      String job = wire.createJob("uat", "matter");
      wire.pollUntilFinished("uat", job);
      for (int i = 0; i < 2; i++) {
        HttpResponse<InputStream> r = wire.http().send(wire.downloadRequest("uat", job).build(),
            HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
          assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class);
        }
      }
      assertThatThrownBy(() -> wire.download("uat", job)).isInstanceOf(UncheckedIOException.class);
    }
  }

  @Test
  void byteOrderMarksAndStepFilesAtTheRootAreSwitches() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().progressPerPoll(100).byteOrderMarks()
        .stepFilesAtRoot().start()) {
      Wire wire = new Wire(server);
      String job = wire.createJob("uat", "matter");
      wire.pollUntilFinished("uat", job);
      java.util.Map<String, byte[]> entries = Packages.entries(wire.download("uat", job).body());
      byte[] manifest = entries.get("manifest.json");
      assertThat(java.util.Arrays.copyOf(manifest, 3)).containsExactly(0xEF, 0xBB, 0xBF);
      String text = new String(manifest, 3, manifest.length - 3, java.nio.charset.StandardCharsets.UTF_8);
      String stepFile = Wire.json(text).get("ExportedSteps").get(0).get("StorageFilename").asText();
      assertThat(entries).containsKeys("data/", "files/", stepFile).doesNotContainKey("data/" + stepFile);
      assertThat(entries.get(stepFile)[0]).isEqualTo((byte) 0xEF);
    }
  }
}
