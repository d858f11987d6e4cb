package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobState;
import io.sharedo.export.JobStatus;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real ShareDo servers answer to create and progress, over a real socket: the job id fields,
 * the export configuration name, states in their reported spellings, packaging after completion,
 * failures, every error body shape, and web pages that are not ShareDo's.
 */
class JobAnswersTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> steps = new CopyOnWriteArrayList<>();
  private ShareDoExportClient client;

  @BeforeEach
  void start() throws Exception {
    server.start();
    client = client(Environment.builder(URI.create(server.url("/sharedo").toString())).bearerToken("fixed-tok-1"));
  }

  private ShareDoExportClient client(Environment.Builder env) {
    return ShareDoExportClient.builder().environment("uat", env.build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20))
            .build())
        .listener(new ExportListener() {
          @Override
          public void progress(ExportJob job, int percentage, String step) {
            steps.add(percentage + " " + step);
          }
        })
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

  private static ExportJob job() {
    return new ExportJob("j-7", matter(), "key-7", Instant.now().minusSeconds(60));
  }

  private void answer(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code).body(body).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"exportJobId\":\"j-1\"}", "{\"jobId\":\"j-1\"}", "{\"id\":\"j-1\"}"})
  void jobIdIsReadFromEveryReportedField(String body) {
    answer(200, body);

    assertThat(client.createJob(matter()).jobId()).isEqualTo("j-1");
  }

  @Test
  void exportConfigNameIsVeryBasicByDefaultAndConfigurablePerEnvironment() throws Exception {
    answer(200, "{\"exportJobId\":\"j-1\"}");
    client.createJob(matter());
    assertThat(server.takeRequest().getBody().utf8()).contains("\"exportConfigName\":\"VeryBasic\"");

    try (ShareDoExportClient named = client(Environment.builder(URI.create(server.url("/sharedo").toString()))
        .bearerToken("fixed-tok-1").exportConfigName("AcmeFull"))) {
      answer(200, "{\"exportJobId\":\"j-2\"}");
      named.createJob(matter());
    }
    assertThat(server.takeRequest().getBody().utf8()).contains("\"exportConfigName\":\"AcmeFull\"");
  }

  @ParameterizedTest
  @CsvSource({"IN_PROGRESS,RUNNING", "in progress,RUNNING", "Completed,COMPLETED", "COMPLETE,COMPLETED",
      "pending,PENDING", "PACKAGE CREATION FAILED,FAILED", "package_creation-failed,FAILED", "WARMING UP,UNKNOWN"})
  void statesCompareIgnoringCaseWithSpacesAndUnderscoresAlike(String sent, JobState expected) {
    answer(200, "{\"state\":\"" + sent + "\",\"percentage\":10,\"complete\":false,\"packageAvailable\":false}");

    JobStatus status = client.getJobStatus(job());

    assertThat(status.state()).isEqualTo(expected);
    assertThat(status.rawState()).isEqualTo(sent);
  }

  @Test
  void packageCreationFailedEndsMonitoringAtOnceWithTheServersMessage() {
    answer(200, "{\"state\":\"RUNNING\",\"percentage\":40,\"complete\":false,\"packageAvailable\":false}");
    answer(200, "{\"state\":\"PACKAGE CREATION FAILED\",\"percentage\":100,\"complete\":false,"
        + "\"packageAvailable\":false,\"errorMessage\":\"Could not write package: disk full\"}");

    ExportException error = assertThrows(ExportException.class, () -> client.monitorJob(job(), Duration.ofMinutes(5)));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(error.getMessage()).contains("Could not write package: disk full");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void completeJobWithoutItsPackageIsPackagingUntilThePackageIsAvailable() {
    answer(200, "{\"state\":\"RUNNING\",\"percentage\":90,\"current\":[{\"description\":\"Exporting matter\"}],"
        + "\"complete\":false,\"packageAvailable\":false}");
    answer(200, "{\"state\":\"COMPLETED\",\"percentage\":100,\"current\":[],\"complete\":true,\"packageAvailable\":false}");
    answer(200, "{\"state\":\"COMPLETED\",\"percentage\":100,\"current\":[],\"complete\":true,\"packageAvailable\":false}");
    answer(200, "{\"state\":\"COMPLETED\",\"percentage\":100,\"current\":[],\"complete\":true,\"packageAvailable\":true}");

    JobStatus status = client.monitorJob(job(), Duration.ofMinutes(5));

    assertThat(status.isFinished()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(steps).containsExactly("90 Exporting matter", "100 packaging the export");
  }

  @Test
  void completedStateWithoutTheCompleteFlagIsNotFinishedWhileThePackageIsUnavailable() {
    answer(200, "{\"state\":\"Completed\",\"percentage\":100,\"packageAvailable\":false}");

    JobStatus status = client.getJobStatus(job());

    assertThat(status.complete()).isTrue();
    assertThat(status.isFinished()).isFalse();
    assertThat(status.isPackaging()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"errorMessage\":\"Work type 'matter' is locked\"}",
      "{\"errorMessages\":[\"Work type 'matter' is locked\"]}",
      "{\"error\":{\"code\":\"Locked\",\"message\":\"Work type 'matter' is locked\"},\"statusCode\":400}",
      "Work type 'matter' is locked"})
  void everyErrorShapeBringsTheServersMessage(String body) {
    answer(400, body);

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("Work type 'matter' is locked").doesNotContain("errorMessage");
  }

  @Test
  void htmlPageFromABaseUrlMissingItsPathSaysSoAndNamesTheUrl() {
    server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "text/html")
        .body("<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>").build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.getMessage()).contains("HTML page").contains("not a ShareDo API answer")
        .contains(server.url("/sharedo/api/modeller/importexport/export/package").toString())
        .doesNotContain("no package export").doesNotContain("fallback");
    assertThat(error.details()).containsEntry("nonShareDoAnswer", "true");
  }

  @Test
  void proxyLoginPageAnsweringOkIsNotTakenForAJob() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
        .body("<html><form action=\"/login\">Sign in</form></html>").build());

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("HTTP 200 with an HTML page").contains("proxy");
  }

  @Test
  void htmlProgressAnswerSaysSoInsteadOfNotJson() {
    server.enqueue(new MockResponse.Builder().code(200).body("<html>maintenance</html>").build());

    ExportException error = assertThrows(ExportException.class, () -> client.getJobStatus(job()));

    assertThat(error.getMessage()).contains("HTML page").contains("/progress/");
  }

  @Test
  void missingPackageExportSuggestsTheFallbackOnlyWhenItIsNotAllowed() {
    answer(404, "");

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertThat(error.getMessage()).contains("no package export at " + server.url("/sharedo"))
        .contains("allow the fallback");
  }

  @Test
  void cancellingWhileTheCreateRequestRunsCancelsTheJobOnceItsIdArrives() throws Exception {
    // The create answer comes late; the cancel request that must follow it gets a plain 200.
    server.enqueue(new MockResponse.Builder().code(200).body("{\"exportJobId\":\"j-late\"}")
        .headersDelay(500, TimeUnit.MILLISECONDS).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());
    CompletableFuture<ExportResult> export = client.exportAsync(matter(), null,
        ExportListener.NONE);
    RecordedRequest create = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(create).as("the create request").isNotNull();

    export.cancel(true);

    RecordedRequest cancel = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(cancel).as("a cancel request once the job id is known").isNotNull();
    assertThat(cancel.getUrl().toString()).contains("j-late");
    assertThat(cancel.getMethod()).isIn("POST", "DELETE", "PUT");
    assertThat(export).isCancelled();
  }
}
