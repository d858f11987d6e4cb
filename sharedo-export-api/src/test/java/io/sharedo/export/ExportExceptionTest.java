package io.sharedo.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportExceptionTest {

  @Test
  void messageIsTheMessageAloneAndToStringAddsTheCode() {
    ExportException e = new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "connection reset; try again");

    assertThat(e.getMessage()).isEqualTo("connection reset; try again");
    assertThat(e.code() + ": " + e.getMessage()).isEqualTo("EXPORT_004: connection reset; try again");
    assertThat(e).hasToString("io.sharedo.export.ExportException: EXPORT_004: connection reset; try again");
    assertThat(e.code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
    assertThat(e.details()).isEmpty();
  }

  @Test
  void recoverabilityDefaultsToTheCodeAndCanBeOverridden() {
    assertThat(new ExportException(ExportErrorCode.NETWORK_ERROR, "x").isRecoverable()).isTrue();
    assertThat(new ExportException(ExportErrorCode.VALIDATION_FAILED, "x").isRecoverable()).isFalse();
    assertThat(new ExportException(ExportErrorCode.NETWORK_ERROR, "x", Map.of(), null, false).isRecoverable())
        .isFalse();
  }

  @Test
  void detailsAreCopiedAndImmutable() {
    Map<String, String> details = new HashMap<>(Map.of("httpStatus", "503"));
    IOException cause = new IOException("reset");
    ExportException e = new ExportException(ExportErrorCode.NETWORK_ERROR, "gave up", details, cause);
    details.put("jobId", "later");

    assertThat(e.details()).containsExactly(Map.entry("httpStatus", "503"));
    assertThat(e.getCause()).isSameAs(cause);
    assertThatThrownBy(() -> e.details().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsMissingCodeOrMessage() {
    assertThatThrownBy(() -> new ExportException(null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("code");
    assertThatThrownBy(() -> new ExportException(ExportErrorCode.JOB_FAILED, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
  }

  @Test
  void timeoutSaysWhichLimitWasExceeded() {
    ExportTimeoutException stall =
        new ExportTimeoutException(ExportTimeoutException.Limit.STALL, Duration.ofSeconds(30), "job-1", "no progress");
    ExportTimeoutException budget = new ExportTimeoutException(120, "job-2", "too many polls");

    assertThat(stall.code()).isEqualTo(ExportErrorCode.JOB_TIMED_OUT);
    assertThat(stall.limit()).isEqualTo(ExportTimeoutException.Limit.STALL);
    assertThat(stall.limitValue()).isEqualTo("PT30S");
    assertThat(stall.details()).containsEntry("limit", "STALL").containsEntry("jobId", "job-1");
    assertThat(budget.limit()).isEqualTo(ExportTimeoutException.Limit.POLL_BUDGET);
    assertThat(budget.limitValue()).isEqualTo("120");
  }

  @Test
  void cancellationSaysWhetherTheServerWasTold() {
    ExportCancelledException told = new ExportCancelledException("job-1", true, "cancelled");
    ExportCancelledException beforeCreation = new ExportCancelledException(null, false, "cancelled");

    assertThat(told.code()).isEqualTo(ExportErrorCode.CANCELLED);
    assertThat(told.serverNotified()).isTrue();
    assertThat(told.details()).containsEntry("jobId", "job-1");
    assertThat(beforeCreation.details()).doesNotContainKey("jobId").containsEntry("serverNotified", "false");
  }
}
