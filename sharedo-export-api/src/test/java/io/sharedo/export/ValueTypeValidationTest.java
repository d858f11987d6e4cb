package io.sharedo.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueTypeValidationTest {

  private static final ExportParams PARAMS = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  private static final String SHA = "a".repeat(64);

  static void assertRejects(Executable construction, String argumentName) {
    assertThatThrownBy(construction::execute)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(argumentName);
  }

  @Nested
  class Params {
    @Test
    void builderDerivesProviderFromTypeAndKeepsDefaults() {
      assertThat(PARAMS.provider()).isEqualTo("sharedo-type");
      assertThat(PARAMS.options()).isEqualTo(ExportOptions.defaults());
      assertThat(ExportOptions.defaults().includeDependencies()).isTrue();
      assertThat(ExportOptions.defaults().format()).isEqualTo(ExportFormat.ZIP);
      assertThat(ExportOptions.defaults().allowFallback()).isFalse();
    }

    @Test
    void providerCanBeOverridden() {
      ExportParams p = ExportParams.builder().type(ExportType.CONFIGURATION).provider("sharedo-option-set")
          .systemName("colours").environment("uat").build();
      assertThat(p.provider()).isEqualTo("sharedo-option-set");
      assertThat(p.withEnvironment("vnext").environment()).isEqualTo("vnext");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void blankSystemNameIsRejectedByName(String blank) {
      assertRejects(() -> ExportParams.of(ExportType.WORKTYPE, blank, "uat"), "systemName");
      assertRejects(() -> ExportParams.of(ExportType.WORKTYPE, "matter", blank), "environment");
    }

    @Test
    void missingArgumentsAreRejectedByName() {
      assertRejects(() -> ExportParams.of(null, "matter", "uat"), "type");
      assertRejects(() -> ExportParams.of(ExportType.FORM, null, "uat"), "systemName");
      assertRejects(() -> ExportParams.builder().type(ExportType.FORM).systemName("f").build(), "environment");
      assertRejects(() -> ExportParams.builder().options(null), "options");
      assertRejects(() -> ExportOptions.builder().format(null), "format");
      assertRejects(() -> new ExportOptions(true, false, ExportFormat.ZIP, null, false), "compression");
    }
  }

  static List<Arguments> invalidRecords() {
    Instant now = Instant.now();
    ExportJob job = new ExportJob("j1", PARAMS, "key", now);
    return List.of(
        Arguments.of("jobId", (Executable) () -> new ExportJob(" ", PARAMS, "key", now)),
        Arguments.of("idempotencyKey", (Executable) () -> new ExportJob("j1", PARAMS, null, now)),
        Arguments.of("percentage", (Executable) () -> new JobStatus("j1", JobState.RUNNING, "RUNNING", 101, null,
            List.of(), false, false, null, null, null, now)),
        Arguments.of("packageSize", (Executable) () -> new JobStatus("j1", JobState.RUNNING, "RUNNING", 1, null,
            List.of(), false, false, null, -1L, null, now)),
        Arguments.of("queuedSteps", (Executable) () -> new JobStatus("j1", JobState.RUNNING, "RUNNING", 1, null,
            null, false, false, null, null, null, now)),
        Arguments.of("sha256", (Executable) () -> new DownloadResult(Path.of("p.zip"), 1, "xyz", 0)),
        Arguments.of("size", (Executable) () -> new DownloadResult(Path.of("p.zip"), -1, SHA, 0)),
        Arguments.of("resumes", (Executable) () -> new DownloadResult(Path.of("p.zip"), 1, SHA, -1)),
        Arguments.of("job", (Executable) () -> new RecoveredJob(null, JobPhase.MONITORING, now)),
        Arguments.of("job", (Executable) () -> new ExportResult(PARAMS, null, ExportMethod.PACKAGE_EXPORT,
            null, null, Duration.ZERO)),
        Arguments.of("concurrency", (Executable) () -> BatchOptions.builder().concurrency(0)),
        Arguments.of("requestsPerSecondPerServer", (Executable) () -> BatchOptions.builder()
            .requestsPerSecondPerServer(-1).build()),
        Arguments.of("itemTimeout", (Executable) () -> BatchOptions.builder().itemTimeout(Duration.ZERO)),
        Arguments.of("exactly one of result and error", (Executable) () -> new BatchItemOutcome(0, PARAMS, null,
            null, Duration.ZERO)),
        Arguments.of("succeeded + failed", (Executable) () -> new BatchSummary(3, 1, 1, Duration.ZERO)),
        Arguments.of("input order", (Executable) () -> new BatchExportResult(List.of(new BatchItemOutcome(1, PARAMS,
            null, new ExportException(ExportErrorCode.CANCELLED, "x"), Duration.ZERO)),
            new BatchSummary(1, 0, 1, Duration.ZERO))),
        Arguments.of("detail", (Executable) () -> new CancelResult(job.jobId(), false, null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRecords")
  void invalidRecordsAreRejectedNamingTheArgument(String argumentName, Executable construction) {
    assertRejects(construction, argumentName);
  }

  @Test
  void listsAreCopiedSoLaterChangesDoNotLeakIn() {
    List<String> queued = new ArrayList<>(List.of("forms"));
    JobStatus status = new JobStatus("j1", JobState.RUNNING, "RUNNING", 10, "types", queued, false, false,
        null, null, null, Instant.now());
    queued.add("later");

    assertThat(status.queuedSteps()).containsExactly("forms");
    assertThatThrownBy(() -> status.queuedSteps().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sha256IsNormalisedToLowerCase() {
    assertThat(new DownloadResult(Path.of("p.zip"), 1, "A".repeat(64), 0).sha256()).isEqualTo(SHA);
  }

  @Test
  void jobStateMapsServerTextAndKeepsUnknownStatesUnfinished() {
    assertThat(JobState.fromServer("completed")).isEqualTo(JobState.COMPLETED);
    assertThat(JobState.fromServer("ARCHIVING")).isEqualTo(JobState.UNKNOWN);
    assertThat(JobState.fromServer(null)).isEqualTo(JobState.UNKNOWN);
    assertThat(JobState.UNKNOWN.isTerminal()).isFalse();
    assertThat(JobState.CANCELLED.isTerminal()).isTrue();
  }

  @Test
  void jobIsFinishedWhenCompleteFlagOrCompletedState() {
    Instant now = Instant.now();
    JobStatus byFlag = new JobStatus("j", JobState.UNKNOWN, "DONE", 100, null, List.of(), true, true, null,
        null, null, now);
    JobStatus failed = new JobStatus("j", JobState.FAILED, "FAILED", 50, null, List.of(), true, false, "boom",
        null, null, now);
    assertThat(byFlag.isFinished()).isTrue();
    assertThat(failed.isFinished()).isFalse();
  }
}
