package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EndpointsTest {
  private FakeShareDoServer server;
  private Wire wire;

  @BeforeEach
  void start() {
    server = FakeShareDoServer.builder().demoData().progressPerPoll(50).start();
    wire = new Wire(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void issuesBearerTokenForBasicCredentials() {
    HttpResponse<String> r = wire.tokenResponse(server.clientId(), server.clientSecret());
    JsonNode body = Wire.json(r.body());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.get("expires_in").asLong()).isEqualTo(600);
    assertThat(body.get("access_token").asText()).hasSizeGreaterThan(20);
  }

  @Test
  void acceptsCredentialsAsFormFields() {
    HttpResponse<String> r = wire.send(HttpRequest.newBuilder(URI.create(server.identityUrl() + "/connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=test-client"
            + "&client_secret=test-secret&scope=sharedo")).build());
    assertThat(r.statusCode()).isEqualTo(200);
  }

  @Test
  void rejectsWrongSecretWithInvalidClient() {
    HttpResponse<String> r = wire.tokenResponse(server.clientId(), "wrong");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(Wire.json(r.body()).get("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void apiAnswers401WithoutValidToken() {
    HttpResponse<String> r = wire.send(HttpRequest.newBuilder(
        URI.create(server.baseUrl("uat") + Wire.API + "/package"))
        .header("Authorization", "Bearer nonsense")
        .POST(HttpRequest.BodyPublishers.ofString(Wire.createBody("matter", true))).build());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("valid bearer token");
  }

  @Test
  void revokedTokensAreRefusedUntilANewOneIsFetched() {
    String job = wire.createJob("uat", "matter");
    server.revokeTokens();
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(401);
    wire.refreshToken();
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(200);
  }

  @Test
  void exportOfUnknownItemIs400WithErrorBody() {
    HttpResponse<String> r = wire.create("uat", "no-such-type", null);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("no-such-type");
  }

  @Test
  void progressHasTheObservedFieldsOnlyAndAdvancesPerPoll() {
    String job = wire.createJob("uat", "matter");
    assertThat(server.job(job).orElseThrow().state()).isEqualTo(JobView.State.PENDING);
    JsonNode running = wire.progressJson("uat", job);
    assertThat(running.get("state").asText()).isEqualTo("RUNNING");
    assertThat(running.get("percentage").asInt()).isEqualTo(50);
    assertThat(running.get("current").get(0).get("description").asText()).startsWith("Exporting");
    assertThat(running.get("queued").size()).isPositive();
    assertThat(running.get("complete").asBoolean()).isFalse();
    assertThat(running.get("packageAvailable").asBoolean()).isFalse();
    assertThat(running.has("errorMessage")).isTrue();
    assertThat(running.has("packageSize")).isFalse();
    JsonNode done = wire.progressJson("uat", job);
    assertThat(done.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(done.get("complete").asBoolean()).isTrue();
    assertThat(done.get("packageAvailable").asBoolean()).isTrue();
    assertThat(done.has("packageSize")).isFalse();
    assertThat(done.has("packageSha256")).isFalse();
    List<String> fields = new ArrayList<>();
    done.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("state", "percentage", "current", "queued", "complete", "packageAvailable",
        "errorMessage");
    assertThat(server.requestCount(Endpoint.PROGRESS)).isEqualTo(2);
    assertThat(server.job(job).orElseThrow().progressRequests()).isEqualTo(2);
  }

  @Test
  void unknownJobIs404() {
    HttpResponse<String> r = wire.progress("uat", "00000000-0000-0000-0000-000000000000");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("does not exist");
  }

  @Test
  void jobOfAnotherEnvironmentIsUnknownHere() {
    String job = wire.createJob("uat", "matter");
    assertThat(wire.progress("vnext", job).statusCode()).isEqualTo(404);
  }

  @Test
  void downloadBeforeCompletionIs409() {
    String job = wire.createJob("uat", "matter");
    assertThat(wire.download("uat", job).statusCode()).isEqualTo(409);
  }

  @Test
  void downloadServesThePackageWithLengthAndFileNameButNoEtag() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> r = wire.download("uat", job);
    JobView view = server.job(job).orElseThrow();
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(r.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(r.body().length);
    assertThat((long) r.body().length).isEqualTo(view.packageSize());
    assertThat(Packages.sha256(r.body())).isEqualTo(view.packageSha256());
    assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=export-test-\\d{8}T\\d{6}Z\\.zip");
    assertThat(r.headers().firstValue("ETag")).isEmpty();
    assertThat(r.headers().firstValue("Accept-Ranges")).isEmpty();
    assertThat(view.downloads()).isEqualTo(1);
  }

  @Test
  void fileNameWithSpacesIsQuotedAndAMissingConfigNameIsRefused() {
    HttpResponse<String> created = wire.post("uat", Wire.API + "/package", "{\"exportConfigName\":\"My Export\","
        + "\"items\":[{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"matter\"}}]}");
    String job = Wire.json(created.body()).get("exportJobId").asText();
    wire.pollUntilFinished("uat", job);
    assertThat(wire.download("uat", job).headers().firstValue("Content-Disposition").orElseThrow())
        .matches("attachment; filename=\"export-My Export-\\d{8}T\\d{6}Z\\.zip\"");
    HttpResponse<String> nameless = wire.post("uat", Wire.API + "/package",
        "{\"items\":[{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"matter\"}}]}");
    assertThat(nameless.statusCode()).isEqualTo(400);
    assertThat(nameless.body()).contains("exportConfigName");
  }

  @Test
  void rangeIsIgnoredWithoutTheExtension() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> r = wire.sendBytes(wire.downloadRequest("uat", job).header("Range", "bytes=100-").build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat((long) r.body().length).isEqualTo(server.job(job).orElseThrow().packageSize());
  }

  @Test
  void idempotencyKeyIsRecordedButNotHonouredWithoutTheExtension() {
    String first = Wire.json(wire.create("uat", "matter", "key-1").body()).get("exportJobId").asText();
    String again = Wire.json(wire.create("uat", "matter", "key-1").body()).get("exportJobId").asText();
    assertThat(again).isNotEqualTo(first);
    assertThat(server.job(first).orElseThrow().idempotencyKey()).isEqualTo("key-1");
  }

  @Test
  void cancelIsNotFoundWithoutTheExtension() {
    String job = wire.createJob("uat", "matter");
    assertThat(wire.cancel("uat", job).statusCode()).isEqualTo(404);
    assertThat(server.requestCount(Endpoint.CANCEL)).isEqualTo(1);
    assertThat(wire.progressJson("uat", job).get("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void dependenciesEndpointListsWhatAWorkTypeNeeds() {
    HttpResponse<String> r = wire.post("uat", Wire.API + "/added",
        "{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"matter\"}}");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode deps = Wire.json(r.body()).get("dependencies");
    assertThat(deps.get("mandatory").findValuesAsText("systemName")).contains("participant-role", "permission");
    assertThat(deps.get("recommended").get(0).get("selector").get("SystemName").asText()).isEqualTo("Core.Case");
    assertThat(server.requestCount(Endpoint.DEPENDENCIES)).isEqualTo(1);
  }

  @Test
  void configurationExportAnswersOneJsonDocumentShapedLikeTheStepFile() {
    HttpResponse<String> r = wire.post("vnext", "/api/configuration/export",
        "{\"workTypeSystemName\":\"matter\",\"includeAll\":true,\"format\":\"json\"}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode doc = Wire.json(r.body());
    assertThat(doc.get("BaseSharedo").get("SystemName").asText()).isEqualTo("matter");
    assertThat(doc.get("SharedoTypeRoles").size()).isGreaterThanOrEqualTo(10);
    assertThat(doc.size()).isEqualTo(39);
    assertThat(server.requestCount(Endpoint.CONFIGURATION_EXPORT)).isEqualTo(1);
  }

  @Test
  void configurationExportAnswersAPackageWhenSwitchedTo() throws Exception {
    try (FakeShareDoServer zipping = FakeShareDoServer.builder().fallbackAnswersZip().start()) {
      Wire w = new Wire(zipping);
      HttpResponse<byte[]> r = w.sendBytes(w.api("uat", "/api/configuration/export")
          .POST(HttpRequest.BodyPublishers.ofString(
              "{\"workTypeSystemName\":\"matter\",\"includeAll\":true,\"format\":\"json\"}")).build());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/zip");
      Packages.Opened p = Packages.open(r.body());
      assertThat(p.manifest().get("ExportedSteps").size()).isEqualTo(1);
      assertThat(p.entries()).containsKey("data/" + p.manifest().get("ExportedSteps").get(0).get("StorageFilename")
          .asText());
    }
  }

  @Test
  void unknownEnvironmentAndPathAre404AndWrongMethodIs405() {
    assertThat(wire.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/env/prod"
        + Wire.API + "/package")).POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);
    assertThat(wire.send(wire.api("uat", "/nothing/here").GET().build()).statusCode()).isEqualTo(404);
    assertThat(wire.send(wire.api("uat", Wire.API + "/package").GET().build()).statusCode()).isEqualTo(405);
  }

  @Test
  void recordsEveryRequestInOrder() throws Exception {
    String job = wire.createJob("uat", "matter");
    wire.progress("uat", job);
    RecordedRequest token = server.takeRequest();
    RecordedRequest create = server.takeRequest();
    RecordedRequest progress = server.takeRequest();
    assertThat(token.endpoint()).isEqualTo(Endpoint.TOKEN);
    assertThat(token.environment()).isNull();
    assertThat(create.endpoint()).isEqualTo(Endpoint.CREATE_JOB);
    assertThat(create.method()).isEqualTo("POST");
    assertThat(create.environment()).isEqualTo("uat");
    assertThat(create.body()).contains("\"matter\"");
    assertThat(create.header("authorization")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
    assertThat(create.toString()).doesNotContain(wire.token());
    assertThat(progress.endpoint()).isEqualTo(Endpoint.PROGRESS);
    assertThat(progress.query()).startsWith("_=");
    assertThat(server.takeRequest(Duration.ofMillis(50))).isNull();
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void jobsFollowTheClockWhenNotPollDriven() {
    ManualClock clock = ManualClock.startingNow();
    try (FakeShareDoServer timed = FakeShareDoServer.builder().demoData().clock(clock)
        .jobDuration(Duration.ofSeconds(10)).start()) {
      Wire w = new Wire(timed);
      String job = w.createJob("uat", "matter");
      assertThat(w.progressJson("uat", job).get("state").asText()).isEqualTo("PENDING");
      timed.advance(Duration.ofSeconds(1));
      JsonNode start = w.progressJson("uat", job);
      timed.advance(Duration.ofSeconds(4));
      JsonNode middle = w.progressJson("uat", job);
      assertThat(start.get("state").asText()).isEqualTo("RUNNING");
      assertThat(middle.get("percentage").asInt()).isGreaterThan(start.get("percentage").asInt());
      assertThat(middle.get("current").get(0).get("description").asText())
          .isNotEqualTo(start.get("current").get(0).get("description").asText());
      timed.advance(Duration.ofSeconds(5));
      assertThat(w.progressJson("uat", job).get("state").asText()).isEqualTo("COMPLETED");
    }
  }

  @Test
  void tokensExpireOnTheServerClock() {
    ManualClock clock = ManualClock.startingNow();
    try (FakeShareDoServer timed = FakeShareDoServer.builder().clock(clock).tokenLifetime(Duration.ofSeconds(60))
        .start()) {
      Wire w = new Wire(timed);
      String job = w.createJob("uat", "matter");
      timed.advance(Duration.ofSeconds(61));
      assertThat(w.progress("uat", job).statusCode()).isEqualTo(401);
    }
  }

  @Test
  void advanceWithoutManualClockIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> server.advance(Duration.ofSeconds(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ManualClock");
  }
}
