package io.sharedo.export.core.internal.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.JobState;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.internal.http.Json;
import io.sharedo.export.core.internal.http.ServerErrors;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Reads a progress answer (PROTOCOL.md section 2) into a {@link JobStatus}: ShareDo's own fields
 * ({@code state}, {@code percentage}, {@code current}, {@code queued}, {@code complete},
 * {@code packageAvailable}), the reported {@code errorMessage} and our extensions
 * ({@code packageSize}, {@code packageSha256}), each optional. Stateless.
 */
final class StatusParser {
  private StatusParser() {}

  /**
   * Parses a progress answer; every text field passes through {@code clean}.
   *
   * @param jobId the job
   * @param response the response (for its URL and status when the answer is not ShareDo's)
   * @param body the complete answer
   * @param clean makes server text safe (credentials masked, control characters escaped)
   * @return the status
   */
  static JobStatus parse(String jobId, HttpResponse<?> response, String body, UnaryOperator<String> clean) {
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (IOException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw new ExportException(ExportErrorCode.JOB_FAILED, "the progress of job " + jobId + ": "
          + ServerErrors.notShareDo(response, body), Map.of("jobId", jobId, "nonShareDoAnswer", "true"), null);
    }
    String rawState = clean.apply(Json.text(node, "state"));
    JobState state = JobState.fromServer(rawState);
    int percentage = Math.max(0, Math.min(100, node.path("percentage").asInt(0)));
    // ShareDo always sends complete; a server that only sends a state is complete when it says so.
    JsonNode completeField = node.get("complete");
    boolean complete = completeField == null || completeField.isNull() ? state == JobState.COMPLETED
        : completeField.asBoolean(false);
    JsonNode available = node.get("packageAvailable");
    boolean packageAvailable = available == null || available.isNull() ? complete : available.asBoolean();
    List<String> queued = new ArrayList<>();
    for (JsonNode q : node.path("queued")) {
      String d = clean.apply(Json.text(q, "description"));
      if (d != null) {
        queued.add(d);
      }
    }
    String current = node.path("current").isArray() && node.path("current").size() > 0
        ? clean.apply(Json.text(node.path("current").get(0), "description")) : null;
    JsonNode size = node.get("packageSize");
    Long packageSize = size == null || size.isNull() || size.asLong(-1) < 0 ? null : size.asLong();
    String sha = Json.text(node, "packageSha256");
    return new JobStatus(jobId, state, rawState, percentage, current, queued, complete, packageAvailable,
        clean.apply(Json.text(node, "errorMessage")), packageSize, sha == null ? null : sha.toLowerCase(Locale.ROOT),
        Instant.now());
  }
}
