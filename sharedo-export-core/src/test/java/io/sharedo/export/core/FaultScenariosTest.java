package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportTimeoutException;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.core.support.RecordedRequests;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One test per fault of the fake server: the outcome, and (through the base class) the invariants. */
class FaultScenariosTest extends FakeServerTest {

  private static ExportParams withFallback(ExportParams params) {
    return ExportParams.builder().type(params.type()).systemName(params.systemName())
        .environment(params.environment()).options(ExportOptions.builder().allowFallback(true).build()).build();
  }


  @Test
  void jobFailureIsExport003WithTheServersReason() {
    server.injectForNextJob(Fault.jobFails("disk full"));

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(error.getMessage()).contains("disk full");
    assertThat(listener.names()).endsWith("failed");
  }

  @Test
  void fallsBackToConfigurationExportWhenTheJobFailsAndFallbackIsAllowed() {
    server.injectForNextJob(Fault.jobFails("disk full"));

    ExportResult result = client.export(withFallback(matter("uat")));

    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    assertThat(result.job()).isNull();
    assertThat(result.content().allComponents()).anySatisfy(c -> assertThat(c.identity()).isEqualTo("matter"));
    assertThat(server.requestCount(Endpoint.CONFIGURATION_EXPORT)).isEqualTo(1);
  }

  @Test
  void fallsBackWhenThePackageExportIsMissing() throws Exception {
    server.inject(Fault.packageExportMissing());

    ExportResult result = client.export(withFallback(matter("uat")), out.resolve("fallback.zip"));

    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    // The configuration export answers one JSON document: it is kept as .json, never as a .zip.
    assertThat(result.download().path()).isEqualTo(out.resolve("fallback.json").toAbsolutePath());
    assertThat(Files.size(out.resolve("fallback.json"))).isEqualTo(result.download().size());
    assertThat(out.resolve("fallback.zip")).doesNotExist();
    RecordedRequest request = RecordedRequests.drain(server, Endpoint.CONFIGURATION_EXPORT).get(0);
    assertThat(request.body()).contains("\"workTypeSystemName\":\"matter\"").contains("\"includeAll\":true")
        .contains("\"format\":\"json\"");
  }

  @Test
  void missingPackageExportWithoutFallbackIsExport001() {
    server.inject(Fault.packageExportMissing());

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.details()).containsEntry("httpStatus", "404");
    assertThat(server.requestCount(Endpoint.CONFIGURATION_EXPORT)).isZero();
  }

  @Test
  void unknownJobIsExport003() {
    server.injectForNextJob(Fault.progressNotFound());

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(error.details()).containsEntry("httpStatus", "404");
  }

  @Test
  void deadlineEndsMonitoringAfterOneExtension() {
    client.close();
    client = clientBuilder().pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(5))
        .maxInterval(Duration.ofMillis(10)).defaultDeadline(Duration.ofMillis(200))
        .stallTimeout(Duration.ofSeconds(30)).build()).build();
    server.injectForNextJob(Fault.jobNeverFinishes());

    ExportTimeoutException error = assertThrows(ExportTimeoutException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_TIMED_OUT);
    assertThat(error.limit()).isEqualTo(ExportTimeoutException.Limit.DEADLINE);
    assertThat(error.limitValue()).isEqualTo("PT0.2S");
  }

  @Test
  void stalledJobEndsWithStallLimitAfterAStalledEvent() {
    client.close();
    client = clientBuilder().pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(5))
        .maxInterval(Duration.ofMillis(10)).stallTimeout(Duration.ofMillis(200)).build()).build();
    server.injectForNextJob(Fault.stallAt(50));

    ExportTimeoutException error = assertThrows(ExportTimeoutException.class, () -> client.export(matter("uat")));

    assertThat(error.limit()).isEqualTo(ExportTimeoutException.Limit.STALL);
    assertThat(listener.names()).contains("stalled");
    assertThat(listener.percentages()).isSorted().last().isEqualTo(50);
  }

  @Test
  void pollBudgetEndsMonitoring() {
    client.close();
    client = clientBuilder().pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(5))
        .maxInterval(Duration.ofMillis(10)).pollBudget(2).build()).build();

    ExportTimeoutException error = assertThrows(ExportTimeoutException.class, () -> client.export(matter("uat")));

    assertThat(error.limit()).isEqualTo(ExportTimeoutException.Limit.POLL_BUDGET);
    assertThat(server.requestCount(Endpoint.PROGRESS)).isEqualTo(2);
  }

  /** A client whose maximum backoff lets it wait for a one-second {@code Retry-After}. */
  private void patientRetries() {
    client.close();
    client = clientBuilder().retrySettings(RetrySettings.builder().maxAttempts(4)
        .initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofSeconds(2)).build()).build();
  }

  @Test
  void honoursRetryAfterOn429() {
    patientRetries();
    server.inject(Fault.tooManyRequests(Duration.ofSeconds(1), 1, Endpoint.CREATE_JOB));

    ExportResult result = client.export(matter("uat"));

    assertThat(result.method()).isEqualTo(ExportMethod.PACKAGE_EXPORT);
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(2);
    assertThat(listener.events()).contains("retryScheduled create 2");
  }

  @Test
  void honoursRetryAfterAsHttpDateOn503() {
    patientRetries();
    server.inject(Fault.serviceUnavailable(Duration.ofSeconds(1), true, 1, Endpoint.PROGRESS));

    client.export(matter("uat"));

    assertThat(listener.events()).contains("retryScheduled poll 2");
  }

  @Test
  void retryAfterBeyondTheMaximumBackoffFailsAtOnceSayingWhy() {
    server.inject(Fault.tooManyRequests(Duration.ofSeconds(999_999_999), 1, Endpoint.CREATE_JOB));

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.getMessage()).contains("asked to wait 11574 d").contains("maximum backoff of 50 ms");
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(1);
    assertThat(listener.events()).noneMatch(e -> e.startsWith("retryScheduled"));
  }

  @Test
  void retryAfterPastTheMonitoringDeadlineFailsAtOnceSayingWhy() {
    client.close();
    client = clientBuilder().retrySettings(RetrySettings.builder().maxBackoff(Duration.ofMinutes(5)).build())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(5)).maxInterval(Duration.ofMillis(20))
            .defaultDeadline(Duration.ofSeconds(3)).build())
        .build();
    server.inject(Fault.serviceUnavailable(Duration.ofMinutes(2), false, 1, Endpoint.PROGRESS));

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(error.getMessage()).contains("asked to wait 2 min").contains("past the deadline");
    assertThat(server.requestCount(Endpoint.PROGRESS)).isEqualTo(1);
  }

  @Test
  void retriesServerErrorsWithTheSameIdempotencyKey() throws Exception {
    server.inject(Fault.serverErrors(Endpoint.CREATE_JOB, 2));

    ExportResult result = client.export(matter("uat"));

    List<RecordedRequest> creates = RecordedRequests.drain(server, Endpoint.CREATE_JOB);
    assertThat(creates).hasSize(3);
    assertThat(creates).extracting(r -> r.header("Idempotency-Key").orElseThrow())
        .containsOnly(result.job().idempotencyKey());
    assertThat(server.jobs()).hasSize(1);
  }

  @Test
  void persistentServerErrorsEndWithNetworkError() {
    server.inject(Fault.serverErrors(Endpoint.CREATE_JOB, 10));

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.NETWORK_ERROR);
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isEqualTo(FAST_RETRIES.maxAttempts());
  }

  @Test
  void refreshesTheTokenOnceWhenItExpiresMidJob() {
    server.injectForNextJob(Fault.tokenExpiresMidJob());

    client.export(matter("uat"));

    assertThat(server.requestCount(Endpoint.TOKEN)).isEqualTo(2);
  }

  @Test
  void rejectedCredentialsAreExport008WithoutTheSecret() {
    server.inject(Fault.rejectCredentials());

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).doesNotContain(server.clientSecret());
    assertThat(server.requestCount(Endpoint.TOKEN)).isEqualTo(1);
  }

  @Test
  void resumesDownloadAfterConnectionDrop() throws Exception {
    restartServer(b -> b.extensions(Extension.RANGE_REQUESTS));
    server.injectForNextJob(Fault.dropConnectionAt(0.5));
    Path destination = out.resolve("matter.zip");

    ExportResult result = client.export(matter("uat"), destination);

    assertThat(result.download().resumes()).isEqualTo(1);
    assertThat(result.download().sha256()).isEqualTo(server.job(result.job().jobId()).orElseThrow().packageSha256());
    // Not necessarily the second request: the fault breaks every full transfer of this job, and when the
    // client held no byte of a broken one (its error can arrive before the bytes on a loaded machine) it
    // starts over from 0 without Range, then resumes the next broken one.
    List<RecordedRequest> downloads = RecordedRequests.drain(server, Endpoint.DOWNLOAD);
    assertThat(downloads).anySatisfy(d -> assertThat(d.header("Range"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("bytes=")));
  }

  @Test
  void restartsFromZeroWhenTheServerIgnoresRange() throws Exception {
    restartServer(b -> b.extensions(Extension.RANGE_REQUESTS));
    // Every full transfer breaks half way and the server never honours Range: each attempt starts
    // over from byte 0, until the attempts run out.
    server.injectForNextJob(Fault.dropConnectionAt(0.5));
    server.inject(Fault.ignoreRange());
    Path destination = out.resolve("matter.zip");

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat"), destination));

    assertThat(error.code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
    assertThat(error.getMessage()).contains("0 resume(s)");
    assertThat(destination).doesNotExist();
    assertThat(server.requestCount(Endpoint.DOWNLOAD)).isEqualTo(FAST_RETRIES.maxAttempts());
  }

  @Test
  void truncatedBodiesEndWithExport004AndNoFile() {
    server.inject(Fault.truncateBody(0.5));
    Path destination = out.resolve("matter.zip");

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat"), destination));

    assertThat(error.code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
    assertThat(destination).doesNotExist();
  }

  @Test
  void reportsDownloadProgressOfASlowBody() {
    server.injectForNextJob(Fault.throttleBody(200_000));

    client.export(matter("uat"), out.resolve("slow.zip"));

    assertThat(listener.names()).contains("downloadStarted", "downloadProgress");
  }

  static Stream<Arguments> invalidPackages() {
    return Stream.of(
        Arguments.of("checksumMismatch", Fault.checksumMismatch(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("corruptZip", Fault.corruptZip(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("emptyBody", Fault.emptyBody(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("noManifest", Fault.noManifest(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("manifestNotJson", Fault.manifestNotJson(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("missingStepFile", Fault.missingStepFile(), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("zipSlip", Fault.zipSlip("../evil.json"), ExportErrorCode.VALIDATION_FAILED),
        Arguments.of("zipBomb", Fault.zipBomb(), ExportErrorCode.VALIDATION_FAILED));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidPackages")
  void invalidPackageLeavesNothingAtTheDestination(String name, Fault fault, ExportErrorCode expected)
      throws Exception {
    server.injectForNextJob(fault);
    Path destination = out.resolve("matter.zip");

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter("uat"), destination));

    assertThat(error.code()).isEqualTo(expected);
    assertThat(destination).doesNotExist();
    assertThat(leftovers(out)).isEmpty();
    assertThat(listener.names()).doesNotContain("validated").endsWith("failed");
  }

  @Test
  void exportsEveryTypeThroughItsProvider() throws Exception {
    // The demo server holds no workflow: only the request matters here.
    catchThrowableOfType(ExportException.class,
        () -> client.export(ExportParams.of(ExportType.WORKFLOW, "matter-intake", "uat")));

    assertThat(RecordedRequests.drain(server, Endpoint.CREATE_JOB).get(0).body())
        .contains("\"systemName\":\"sharedo-workflow\"");
  }
}
