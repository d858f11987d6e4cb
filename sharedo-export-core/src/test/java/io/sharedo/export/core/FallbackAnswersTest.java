package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.pkg.TestPackages;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fallback to the configuration export over a real socket: the request as ShareDo tools send
 * it, a JSON document or a ZIP as the answer, and a fallback that fails too.
 */
class FallbackAnswersTest {
  /** A work type's step file, abridged: what the configuration export answers (reported). */
  private static final String STEP_JSON = "\uFEFF{\r\n  \"BaseSharedo\": {\"SystemName\": \"matter\", \"Name\": \"Matter\","
      + " \"IsActive\": true},\r\n  \"PhasePlan\": null,\r\n  \"Phases\": [],\r\n  \"SharedoTypeRoles\": []\r\n}";

  private final MockWebServer server = new MockWebServer();
  private ShareDoExportClient client;
  @TempDir
  Path out;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(URI.create(server.url("/sharedo").toString()))
            .bearerToken("fixed-tok-1").build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build())
        .tempDirectory(out.resolve("tmp"))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private static ExportParams matter(boolean fallback) {
    return ExportParams.builder().type(ExportType.WORKTYPE).systemName("matter").environment("uat")
        .options(ExportOptions.builder().allowFallback(fallback).build()).build();
  }

  private void noPackageExport() {
    server.enqueue(new MockResponse.Builder().code(404).body("").build());
  }

  private List<Path> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void jsonAnswerIsKeptAsAJsonFileAndReadLikeAStepFile() throws Exception {
    noPackageExport();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
        .body(STEP_JSON).build());

    ExportResult result = client.export(matter(true), out.resolve("worktype-matter-uat.zip"));

    server.takeRequest();
    RecordedRequest fallback = server.takeRequest();
    assertThat(fallback.getTarget()).isEqualTo("/sharedo/api/configuration/export");
    assertThat(fallback.getBody().utf8()).isEqualTo("{\"workTypeSystemName\":\"matter\",\"includeAll\":true,"
        + "\"format\":\"json\"}");
    assertThat(fallback.getHeaders().get("Accept")).contains("application/json");
    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    Path kept = out.resolve("worktype-matter-uat.json");
    assertThat(result.download().path()).isEqualTo(kept);
    assertThat(Files.readString(kept, StandardCharsets.UTF_8)).isEqualTo(STEP_JSON);
    assertThat(out.resolve("worktype-matter-uat.zip")).doesNotExist();
    assertThat(result.content().allComponents()).singleElement()
        .satisfies(c -> assertThat(c.identity()).isEqualTo("matter"))
        .satisfies(c -> assertThat(c.name()).isEqualTo("Matter"));
    assertThat(filesIn(out)).containsExactly(kept);
  }

  @Test
  void zipAnswerIsReadLikeAnyPackage() throws Exception {
    noPackageExport();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/zip")
        .body(new Buffer().write(TestPackages.workTypeOnly().toBytes())).build());

    ExportResult result = client.export(matter(true), out.resolve("matter.zip"));

    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    assertThat(result.download().path()).isEqualTo(out.resolve("matter.zip"));
    assertThat(result.content().allComponents()).anySatisfy(c -> assertThat(c.identity()).isEqualTo("matter"));
  }

  @Test
  void fallbackFailingTooSaysBothFailuresAndLeavesNothingBehind() throws Exception {
    noPackageExport();
    server.enqueue(new MockResponse.Builder().code(400)
        .body("{\"errorMessage\":\"The configuration export is disabled\"}").build());

    ExportException error = assertThrows(ExportException.class,
        () -> client.export(matter(true), out.resolve("matter.zip")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("no package export").contains("fallback")
        .contains("The configuration export is disabled").doesNotContain("allow the fallback");
    assertThat(error.details()).containsKey("fallbackCode").containsKey("fallbackMessage");
    assertThat(error.getSuppressed()).hasSize(1);
    assertThat(filesIn(out)).isEmpty();
  }

  @Test
  void htmlFallbackAnswerIsNotTakenForAPackage() throws Exception {
    noPackageExport();
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .body("<html><body>Sign in</body></html>").build());

    ExportException error = assertThrows(ExportException.class,
        () -> client.export(matter(true), out.resolve("matter.zip")));

    assertThat(error.details()).containsEntry("fallbackCode", "EXPORT_006");
    assertThat(error.getMessage()).contains("HTML page").contains("/sharedo/api/configuration/export");
    assertThat(filesIn(out)).isEmpty();
  }
}
