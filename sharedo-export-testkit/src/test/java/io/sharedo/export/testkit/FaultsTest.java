package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FaultsTest {
  private FakeShareDoServer server;
  private Wire wire;

  @BeforeEach
  void start() {
    server = FakeShareDoServer.builder().demoData().progressPerPoll(25).allExtensions().start();
    wire = new Wire(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String completedJob() {
    String job = wire.createJob("uat", "matter");
    assertThat(wire.pollUntilFinished("uat", job).get("state").asText()).isEqualTo("COMPLETED");
    return job;
  }

  private byte[] packageOf(String job) {
    HttpResponse<byte[]> r = wire.download("uat", job);
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  @Test
  void jobFailsWithTheGivenMessage() {
    server.injectForNextJob(Fault.jobFails("Export provider crashed"));
    String job = wire.createJob("uat", "matter");
    JsonNode last = wire.pollUntilFinished("uat", job);
    assertThat(last.get("state").asText()).isEqualTo("FAILED");
    assertThat(last.get("errorMessage").asText()).isEqualTo("Export provider crashed");
    assertThat(last.get("packageAvailable").asBoolean()).isFalse();
    assertThat(wire.download("uat", job).statusCode()).isEqualTo(409);
  }

  @Test
  void faultForNextJobLeavesLaterJobsAlone() {
    server.injectForNextJob(Fault.jobFails("boom"));
    String failing = wire.createJob("uat", "matter");
    String healthy = wire.createJob("uat", "matter");
    assertThat(wire.pollUntilFinished("uat", failing).get("state").asText()).isEqualTo("FAILED");
    assertThat(wire.pollUntilFinished("uat", healthy).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void jobThatNeverFinishesStaysRunningBelow100() {
    server.inject(Fault.jobNeverFinishes());
    String job = wire.createJob("uat", "matter");
    JsonNode p = null;
    for (int i = 0; i < 10; i++) {
      p = wire.progressJson("uat", job);
    }
    assertThat(p.get("state").asText()).isEqualTo("RUNNING");
    assertThat(p.get("percentage").asInt()).isEqualTo(99);
  }

  @Test
  void stalledJobKeepsItsPercentageAndStep() {
    server.inject(Fault.stallAt(30));
    String job = wire.createJob("uat", "matter");
    wire.progressJson("uat", job);
    JsonNode first = wire.progressJson("uat", job);
    JsonNode later = wire.progressJson("uat", job);
    for (int i = 0; i < 5; i++) {
      later = wire.progressJson("uat", job);
    }
    assertThat(first.get("percentage").asInt()).isEqualTo(30);
    assertThat(later.get("percentage").asInt()).isEqualTo(30);
    assertThat(later.get("current")).isEqualTo(first.get("current"));
    assertThat(later.get("state").asText()).isEqualTo("RUNNING");
  }

  @Test
  void clearFaultsLetsAStalledJobFinish() {
    server.inject(Fault.stallAt(10));
    String job = wire.createJob("uat", "matter");
    wire.progressJson("uat", job);
    server.clearFaults();
    assertThat(wire.pollUntilFinished("uat", job).get("state").asText()).isEqualTo("COMPLETED");
  }

  @Test
  void expiredJobAnswers404OnProgress() {
    server.injectForNextJob(Fault.progressNotFound());
    String job = wire.createJob("uat", "matter");
    HttpResponse<String> r = wire.progress("uat", job);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("does not exist");
  }

  @Test
  void tooManyRequestsAnswers429WithRetryAfterSecondsOnce() {
    server.inject(Fault.tooManyRequests(Duration.ofSeconds(3)));
    HttpResponse<String> busy = wire.create("uat", "matter", "k");
    assertThat(busy.statusCode()).isEqualTo(429);
    assertThat(busy.headers().firstValue("Retry-After")).hasValue("3");
    assertThat(wire.create("uat", "matter", "k").statusCode()).isEqualTo(200);
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(2);
  }

  @Test
  void serviceUnavailableSendsRetryAfterAsHttpDate() {
    server.inject(Fault.serviceUnavailable(Duration.ofSeconds(30), true));
    HttpResponse<String> r = wire.create("uat", "matter", null);
    assertThat(r.statusCode()).isEqualTo(503);
    ZonedDateTime when = ZonedDateTime.parse(r.headers().firstValue("Retry-After").orElseThrow(),
        DateTimeFormatter.RFC_1123_DATE_TIME);
    assertThat(when.toInstant()).isAfter(java.time.Instant.now().plusSeconds(20));
  }

  @Test
  void serviceUnavailableSendsRetryAfterAsSecondsForChosenEndpoints() {
    server.inject(Fault.serviceUnavailable(Duration.ofMillis(1500), false, 2, Endpoint.PROGRESS));
    String job = wire.createJob("uat", "matter");
    HttpResponse<String> first = wire.progress("uat", job);
    assertThat(first.statusCode()).isEqualTo(503);
    assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(503);
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(200);
  }

  @Test
  void serverErrorsInARowThenSuccess() {
    server.inject(Fault.serverErrors(Endpoint.CREATE_JOB, 2));
    assertThat(wire.create("uat", "matter", "same").statusCode()).isEqualTo(500);
    assertThat(wire.create("uat", "matter", "same").statusCode()).isEqualTo(500);
    assertThat(wire.create("uat", "matter", "same").statusCode()).isEqualTo(200);
    assertThat(server.jobs()).hasSize(1);
  }

  @Test
  void serverErrorsForTheNextJobHitOnlyItsDownloads() {
    String other = completedJob();
    server.injectForNextJob(Fault.serverErrors(Endpoint.DOWNLOAD, 1));
    String job = completedJob();
    assertThat(wire.download("uat", other).statusCode()).isEqualTo(200);
    assertThat(wire.download("uat", job).statusCode()).isEqualTo(500);
    assertThat(wire.download("uat", job).statusCode()).isEqualTo(200);
  }

  @Test
  void tokenExpiresInTheMiddleOfAJob() {
    server.injectForNextJob(Fault.tokenExpiresMidJob());
    String job = wire.createJob("uat", "matter");
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(200);
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(401);
    assertThat(wire.progress("uat", job).statusCode()).isEqualTo(401);
    wire.refreshToken();
    assertThat(wire.pollUntilFinished("uat", job).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(server.requestCount(Endpoint.TOKEN)).isEqualTo(2);
  }

  @Test
  void tokenEndpointRejectsCredentials() {
    server.inject(Fault.rejectCredentials());
    HttpResponse<String> r = wire.tokenResponse(server.clientId(), server.clientSecret());
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(Wire.json(r.body()).get("error").asText()).isEqualTo("invalid_client");
  }

  @Test
  void droppedConnectionCanBeResumedWithRange() throws Exception {
    server.inject(Fault.dropConnectionAt(0.5));
    String job = completedJob();
    long size = server.job(job).orElseThrow().packageSize();
    assertThatThrownBy(() -> wire.download("uat", job)).isInstanceOf(UncheckedIOException.class);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    HttpResponse<InputStream> broken = wire.http().send(wire.downloadRequest("uat", job).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertThat(broken.headers().firstValueAsLong("Content-Length").orElseThrow()).isEqualTo(size);
    try (InputStream in = broken.body()) {
      assertThatThrownBy(() -> in.transferTo(received)).isInstanceOf(IOException.class);
    }
    assertThat((long) received.size()).isEqualTo(size / 2);
    String etag = broken.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> rest = wire.sendBytes(wire.downloadRequest("uat", job)
        .header("Range", "bytes=" + received.size() + "-").header("If-Range", etag).build());
    assertThat(rest.statusCode()).isEqualTo(206);
    received.write(rest.body());
    assertThat(Packages.sha256(received.toByteArray())).isEqualTo(server.job(job).orElseThrow().packageSha256());
  }

  @Test
  void truncatedBodyEndsBeforeContentLength() throws Exception {
    String job = completedJob();
    server.inject(Fault.truncateBody(0.25));
    HttpResponse<InputStream> r = wire.http().send(wire.downloadRequest("uat", job).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    long declared = r.headers().firstValueAsLong("Content-Length").orElseThrow();
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try (InputStream in = r.body()) {
      assertThatThrownBy(() -> in.transferTo(received)).isInstanceOf(IOException.class);
    }
    assertThat(declared).isEqualTo(server.job(job).orElseThrow().packageSize());
    assertThat((long) received.size()).isEqualTo(declared / 4);
  }

  @Test
  void throttledBodyArrivesWhole() {
    String job = completedJob();
    long size = server.job(job).orElseThrow().packageSize();
    server.inject(Fault.throttleBody(size * 2));
    long start = System.nanoTime();
    byte[] body = packageOf(job);
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    assertThat(Packages.sha256(body)).isEqualTo(server.job(job).orElseThrow().packageSha256());
    // At twice the size per second the server itself sleeps for about half a second.
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
  }

  @Test
  void ignoreRangeAnswers200WithTheWholePackage() {
    String job = completedJob();
    server.inject(Fault.ignoreRange());
    HttpResponse<byte[]> r = wire.sendBytes(wire.downloadRequest("uat", job).header("Range", "bytes=10-").build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat((long) r.body().length).isEqualTo(server.job(job).orElseThrow().packageSize());
  }

  @Test
  void corruptZipDoesNotOpenButMatchesItsChecksum(@TempDir Path dir) throws Exception {
    server.injectForNextJob(Fault.corruptZip());
    String job = completedJob();
    byte[] bytes = packageOf(job);
    assertThat(Packages.sha256(bytes)).isEqualTo(server.job(job).orElseThrow().packageSha256());
    Path file = Files.write(dir.resolve("p.zip"), bytes);
    assertThatThrownBy(() -> new ZipFile(file.toFile()).close()).isInstanceOf(ZipException.class);
  }

  @Test
  void emptyBodyHasSizeZero() {
    server.injectForNextJob(Fault.emptyBody());
    String job = wire.createJob("uat", "matter");
    JsonNode done = wire.pollUntilFinished("uat", job);
    assertThat(done.get("packageSize").asLong()).isZero();
    HttpResponse<byte[]> r = wire.download("uat", job);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }

  @Test
  void packageWithoutManifest() throws Exception {
    server.injectForNextJob(Fault.noManifest());
    Map<String, byte[]> entries = Packages.entries(packageOf(completedJob()));
    assertThat(entries).isNotEmpty().doesNotContainKey("manifest.json");
  }

  @Test
  void manifestThatIsNotJson() throws Exception {
    server.injectForNextJob(Fault.manifestNotJson());
    Map<String, byte[]> entries = Packages.entries(packageOf(completedJob()));
    assertThatThrownBy(() -> Wire.json(new String(entries.get("manifest.json"), "UTF-8")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void manifestNamesAMissingStepFile() throws Exception {
    server.injectForNextJob(Fault.missingStepFile());
    HttpResponse<String> created = wire.post("uat", Wire.API + "/package", "{\"exportConfigName\":\"two\",\"items\":["
        + "{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"matter\"}},"
        + "{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"dispute\"}}]}");
    String job = Wire.json(created.body()).get("exportJobId").asText();
    wire.pollUntilFinished("uat", job);
    Packages.Opened p = Packages.open(packageOf(job));
    String first = p.manifest().get("ExportedSteps").get(0).get("StorageFilename").asText();
    assertThat(p.entries()).doesNotContainKey("data/" + first).containsKey("manifest.json");
    assertThat(p.entries()).containsKey("data/" + p.manifest().get("ExportedSteps").get(1).get("StorageFilename")
        .asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.json", "/abs/evil.json"})
  void zipSlipEntryIsInThePackageAndTheManifest(String name) throws Exception {
    server.injectForNextJob(Fault.zipSlip(name));
    Packages.Opened p = Packages.open(packageOf(completedJob()));
    assertThat(p.entries()).containsKey(name);
    assertThat(p.manifest().get("ExportedSteps").findValuesAsText("StorageFilename")).contains(name);
  }

  @Test
  void zipBombIsSmallButInflatesToAGibibyte(@TempDir Path dir) throws Exception {
    server.injectForNextJob(Fault.zipBomb());
    String job = completedJob();
    byte[] bytes = packageOf(job);
    assertThat(bytes.length).isLessThan(4 << 20);
    Path file = Files.write(dir.resolve("bomb.zip"), bytes);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      JsonNode manifest = Wire.JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
      ZipEntry bomb = zip.getEntry("data/" + manifest.get("ExportedSteps").get(0).get("StorageFilename").asText());
      assertThat(bomb.getSize()).isEqualTo(1L << 30);
      assertThat(bomb.getCompressedSize()).isLessThan(4 << 20);
      try (InputStream in = zip.getInputStream(bomb)) {
        byte[] start = in.readNBytes(16 << 20);
        assertThat(start).hasSize(16 << 20);
        assertThat(java.util.Arrays.equals(start, new byte[16 << 20])).as("only zeros").isTrue();
      }
    }
  }

  @Test
  void checksumMismatchReportsAnotherDigest() {
    server.injectForNextJob(Fault.checksumMismatch());
    String job = completedJob();
    byte[] bytes = packageOf(job);
    JobView view = server.job(job).orElseThrow();
    assertThat(view.packageSha256()).matches("[0-9a-f]{64}").isNotEqualTo(Packages.sha256(bytes));
    assertThat(view.packageSize()).isEqualTo(bytes.length);
  }

  @Test
  void packageExportMissingLeavesOnlyTheFallback() {
    server.inject(Fault.packageExportMissing());
    assertThat(wire.create("uat", "matter", null).statusCode()).isEqualTo(404);
    assertThat(wire.post("uat", "/api/configuration/export",
        "{\"workTypeSystemName\":\"matter\",\"includeAll\":true,\"format\":\"json\"}").statusCode()).isEqualTo(200);
  }
}
