package io.sharedo.export.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable results printed with {@code --json}: one JSON document on standard output
 * per run. Field names are stable; absent values are left out. Never holds a token or secret.
 * The records are immutable; {@link #toJson(Object)} is thread-safe.
 */
final class Reports {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Reports() {}

  /**
   * Serialises a report.
   *
   * @param report one of the records below
   * @return pretty-printed JSON
   */
  static String toJson(Object report) {
    try {
      return JSON.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      // Only our own simple records get here; failing to write them is a bug, not a user error.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A finished export.
   *
   * @param status always "ok"
   * @param type the type, for example "worktype"
   * @param systemName the item
   * @param environment where it came from
   * @param method PACKAGE_EXPORT or CONFIGURATION_EXPORT
   * @param jobId the server job, absent for the fallback
   * @param file the package written, absent when none was kept
   * @param size its size in bytes
   * @param sha256 its SHA-256
   * @param components how many components of each kind the package holds
   * @param durationMillis how long the export took
   * @param extracted the folder of the readable copy ({@code --extract}), absent when none was written
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ExportReport(String status, String type, String systemName, String environment, String method,
      String jobId, String file, Long size, String sha256, Map<String, Integer> components, long durationMillis,
      String extracted) {}

  /**
   * A comparison whose report went to a file ({@code compare --output FILE --json}).
   *
   * @param status "same" or "different"
   * @param left the left label
   * @param right the right label
   * @param added components only on the right
   * @param removed components only on the left
   * @param changed components on both sides that differ
   * @param report the report file
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CompareSummaryReport(String status, String left, String right, long added, long removed, long changed,
      String report) {}

  /**
   * A failure.
   *
   * @param status always "failed"
   * @param code the stable code, for example "EXPORT_003", or "USAGE"
   * @param message what went wrong
   * @param hint what to try next
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FailureReport(String status, String code, String message, String hint) {}

  /**
   * One item of a batch.
   *
   * @param index its position in the items file, from 0
   * @param type the type
   * @param systemName the item
   * @param environment where it came from
   * @param status "ok" or "failed"
   * @param method which API produced it, when it succeeded
   * @param components component counts, when it succeeded
   * @param code the error code, when it failed
   * @param message the error, when it failed
   * @param durationMillis how long the item took
   * @param file where the item's package was put, when one was kept
   * @param extracted the folder of its readable copy ({@code --extract}), when one was written
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BatchItemReport(int index, String type, String systemName, String environment, String status,
      String method, Map<String, Integer> components, String code, String message, long durationMillis,
      String file, String extracted) {}

  /**
   * A whole batch.
   *
   * @param status "ok" when every item succeeded, else "failed"
   * @param total how many items
   * @param succeeded how many succeeded
   * @param failed how many failed
   * @param durationMillis how long the batch took
   * @param items one entry per item, in input order
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BatchReport(String status, int total, int succeeded, int failed, long durationMillis,
      List<BatchItemReport> items) {}

  /**
   * A job's status.
   *
   * @param jobId the job
   * @param environment where it runs
   * @param state the state
   * @param percentage 0..100
   * @param currentStep what the server is doing
   * @param queuedSteps what comes next
   * @param complete the server's complete flag
   * @param packageAvailable whether the package can be downloaded
   * @param errorMessage why it failed
   * @param packageSize the declared package size
   * @param packageSha256 the declared package checksum
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StatusReport(String jobId, String environment, String state, int percentage, String currentStep,
      List<String> queuedSteps, boolean complete, boolean packageAvailable, String errorMessage, Long packageSize,
      String packageSha256) {}

  /**
   * The answer to a cancel request.
   *
   * @param jobId the job
   * @param environment where it runs
   * @param acknowledged whether the server accepted the cancellation
   * @param detail the client's explanation
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CancelReport(String jobId, String environment, boolean acknowledged, String detail) {}

  /**
   * The outcome of a recovery run.
   *
   * @param status "ok" when every interrupted job was finished, else "failed"
   * @param journal the journal folder read
   * @param jobs one entry per interrupted job, oldest first
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecoverReport(String status, String journal, List<RecoveredJobReport> jobs) {}

  /**
   * One interrupted job and what resuming it gave.
   *
   * @param jobId the job
   * @param type the type
   * @param systemName the item
   * @param environment where it runs
   * @param phase where it was interrupted
   * @param status "ok" or "failed"
   * @param components component counts, when it succeeded
   * @param code the error code, when it failed
   * @param message the error, when it failed
   * @param file where the package was put, when one was kept
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RecoveredJobReport(String jobId, String type, String systemName, String environment, String phase,
      String status, Map<String, Integer> components, String code, String message, String file) {}
}
