package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each protocol extension switched on (the plain real behaviour is pinned down in EndpointsTest). */
class ExtensionsTest {
  private FakeShareDoServer server;
  private Wire wire;

  @BeforeEach
  void start() {
    server = FakeShareDoServer.builder().demoData().progressPerPoll(50).allExtensions().start();
    wire = new Wire(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void progressReportsPackageSizeAndSha256() {
    String job = wire.createJob("uat", "matter");
    JsonNode running = wire.progressJson("uat", job);
    assertThat(running.get("packageSize").isNull()).isTrue();
    assertThat(running.get("packageSha256").isNull()).isTrue();
    JsonNode done = wire.progressJson("uat", job);
    HttpResponse<byte[]> r = wire.download("uat", job);
    assertThat(done.get("packageSize").asLong()).isEqualTo(r.body().length);
    assertThat(done.get("packageSha256").asText()).isEqualTo(Packages.sha256(r.body()));
  }

  @Test
  void onlyTheChosenExtensionsAreOn() {
    try (FakeShareDoServer sizeOnly = FakeShareDoServer.builder().progressPerPoll(100)
        .extensions(Extension.PACKAGE_SIZE).start()) {
      Wire w = new Wire(sizeOnly);
      String job = w.createJob("uat", "matter");
      JsonNode done = w.pollUntilFinished("uat", job);
      assertThat(done.get("packageSize").asLong()).isPositive();
      assertThat(done.has("packageSha256")).isFalse();
      assertThat(w.download("uat", job).headers().firstValue("ETag")).isEmpty();
      assertThat(w.cancel("uat", job).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void includedDependenciesAreExportedAndNamedByTheirStep() throws Exception {
    String job = Wire.json(wire.create("uat", "dispute", null).body()).get("exportJobId").asText();
    wire.pollUntilFinished("uat", job);
    JsonNode steps = Packages.open(wire.download("uat", job).body()).manifest().get("ExportedSteps");
    List<String> exported = new ArrayList<>();
    steps.forEach(st -> exported.add(st.get("ExportProviderSystemName").asText() + ":"
        + Wire.json(st.get("ExportProviderSelectorJson").asText()).get("systemName").asText()));
    assertThat(exported).containsExactly("sharedo-type:dispute", "global-feature:Core.Case", "sharedo-type:matter",
        "option-set:matter-status");
    String parentLink = null;
    List<String> missing = new ArrayList<>();
    for (JsonNode d : steps.get(0).get("Dependencies").get("Mandatory")) {
      if (d.get("Dependency").get("Selector").get("SystemName").asText().equals("matter")) {
        parentLink = d.get("PackageStepId").asText();
      } else if (d.get("PackageStepId").isNull()) {
        missing.add(d.get("Dependency").get("SystemName").asText());
      }
    }
    assertThat(parentLink).isEqualTo(steps.get(2).get("Id").asText());
    assertThat(missing).contains("participant-role", "permission");
  }

  @Test
  void withoutIncludeDependenciesOnlyTheItemIsExported() throws Exception {
    String body = Wire.createBody("dispute", false);
    String job = Wire.json(wire.post("uat", Wire.API + "/package", body).body()).get("exportJobId").asText();
    wire.pollUntilFinished("uat", job);
    assertThat(Packages.open(wire.download("uat", job).body()).manifest().get("ExportedSteps")).hasSize(1);
  }

  @Test
  void downloadCarriesEtagAndAcceptRanges() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> r = wire.download("uat", job);
    assertThat(r.headers().firstValue("ETag")).isPresent();
    assertThat(r.headers().firstValue("Accept-Ranges")).hasValue("bytes");
  }

  @Test
  void sameIdempotencyKeyReturnsTheSameJob() {
    String first = Wire.json(wire.create("uat", "matter", "key-1").body()).get("exportJobId").asText();
    String again = Wire.json(wire.create("uat", "matter", "key-1").body()).get("exportJobId").asText();
    String other = Wire.json(wire.create("uat", "matter", "key-2").body()).get("exportJobId").asText();
    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(server.jobs()).hasSize(2);
    assertThat(server.job(first).orElseThrow().idempotencyKey()).isEqualTo("key-1");
  }

  @Test
  void concurrentRetriesWithOneIdempotencyKeyMakeOneJob() throws Exception {
    wire.token();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
    try {
      List<java.util.concurrent.Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ids.add(pool.submit(() -> Wire.json(wire.create("uat", "matter", "shared-key").body())
            .get("exportJobId").asText()));
      }
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (java.util.concurrent.Future<String> id : ids) {
        distinct.add(id.get());
      }
      assertThat(distinct).hasSize(1);
      assertThat(server.jobs()).hasSize(1);
      assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(12);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void cancelMakesTheJobCancelledAndCancellingAFinishedJobIsAConflict() {
    String job = wire.createJob("uat", "matter");
    assertThat(wire.cancel("uat", job).statusCode()).isEqualTo(204);
    assertThat(wire.progressJson("uat", job).get("state").asText()).isEqualTo("CANCELLED");
    assertThat(wire.cancel("uat", job).statusCode()).isEqualTo(204);
    String finished = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", finished);
    assertThat(wire.cancel("uat", finished).statusCode()).isEqualTo(409);
  }

  @Test
  void rangeWithMatchingIfRangeAnswers206WithTheRest() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> full = wire.download("uat", job);
    String etag = full.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> part = wire.sendBytes(wire.downloadRequest("uat", job)
        .header("Range", "bytes=100-").header("If-Range", etag).build());
    assertThat(part.statusCode()).isEqualTo(206);
    int size = full.body().length;
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-" + (size - 1) + "/" + size);
    assertThat(part.body()).isEqualTo(java.util.Arrays.copyOfRange(full.body(), 100, size));
  }

  @Test
  void rangeWithStaleIfRangeAnswers200WithEverything() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> r = wire.sendBytes(wire.downloadRequest("uat", job)
        .header("Range", "bytes=100-").header("If-Range", "\"stale\"").build());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat((long) r.body().length).isEqualTo(server.job(job).orElseThrow().packageSize());
  }

  @Test
  void rangePastTheEndIs416() {
    String job = wire.createJob("uat", "matter");
    wire.pollUntilFinished("uat", job);
    HttpResponse<byte[]> r = wire.sendBytes(wire.downloadRequest("uat", job).header("Range", "bytes=99999999-").build());
    assertThat(r.statusCode()).isEqualTo(416);
  }

}
