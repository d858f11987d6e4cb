package io.sharedo.export.core.internal.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.Endpoints;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.BoundedBodyHandler.BoundedBody;
import io.sharedo.export.core.internal.http.Deadline;
import io.sharedo.export.core.internal.http.HttpTransport;
import io.sharedo.export.core.internal.http.JobIds;
import io.sharedo.export.core.internal.http.Json;
import io.sharedo.export.core.internal.http.ServerErrors;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The job requests of PROTOCOL.md sections 1 to 3 for one environment. Thread-safe. */
public final class JobApi {
  private final HttpTransport http;
  private final Endpoints endpoints;

  /** A progress answer and the {@code Retry-After} that came with it. */
  public record Polled(JobStatus status, Optional<Duration> retryAfter) {}

  /**
   * Creates the API.
   *
   * @param http the environment's transport
   * @param endpoints the paths
   */
  public JobApi(HttpTransport http, Endpoints endpoints) {
    this.http = http;
    this.endpoints = endpoints;
  }

  /**
   * The environment's transport.
   *
   * @return the transport
   */
  public HttpTransport http() {
    return http;
  }

  /**
   * The paths.
   *
   * @return the endpoints
   */
  public Endpoints endpoints() {
    return endpoints;
  }

  /**
   * Creates a job; retries re-send the same idempotency key.
   *
   * @param params what to export
   * @param idempotencyKey the key of this logical job
   * @param throttle paces the requests
   * @return the server's job id
   * @throws ExportException EXPORT_001 (with {@code httpStatus}) when refused
   */
  public String create(ExportParams params, String idempotencyKey, RequestThrottle throttle) {
    ObjectNode body = Json.object();
    body.put("exportConfigName", "sharedo-export-" + idempotencyKey);
    ObjectNode item = body.putArray("items").addObject();
    item.put("systemName", params.provider());
    item.putObject("selector").put("systemName", params.systemName());
    body.put("includeDependencies", params.options().includeDependencies());
    body.put("includeHistory", params.options().includeHistory());
    body.put("format", params.options().format().name().toLowerCase(Locale.ROOT));
    body.put("compression", params.options().compression().name().toLowerCase(Locale.ROOT));
    String json = body.toString();
    HttpResponse<BoundedBody> response = http.send("create", params, throttle,
        () -> HttpRequest.newBuilder(http.resolve(endpoints.createJob()))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        http.jsonBodies());
    int status = response.statusCode();
    if (status != 200 && status != 201 && status != 202) {
      String what = status == 404
          ? "the server has no package export (HTTP 404); allow the fallback to use the configuration export"
          : "the server refused the export of " + params.provider() + " '" + params.systemName() + "' (HTTP "
              + status + ": " + http.serverMessage(response.body().text()) + "); check the item's system name";
      throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED, what,
          Map.of("httpStatus", Integer.toString(status), "environment", params.environment()), null);
    }
    String answer = response.body().complete(ExportErrorCode.JOB_CREATION_FAILED,
        "the server's answer to the job creation");
    try {
      String jobId = Json.text(Json.MAPPER.readTree(answer), "exportJobId");
      if (jobId == null || jobId.isBlank()) {
        throw new IOException("no exportJobId");
      }
      if (!JobIds.isValid(jobId)) {
        throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED,
            "the server accepted the export but " + JobIds.problem(jobId) + ", so it cannot be used; check that"
                + " the base URL points at ShareDo", Map.of("httpStatus", Integer.toString(status)), null, false);
      }
      return jobId;
    } catch (ExportException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED,
          "the server accepted the export but its answer has no exportJobId; check that the base URL points at ShareDo",
          Map.of("httpStatus", Integer.toString(status)), e);
    }
  }

  /**
   * Asks for a job's progress once (with a fresh cache buster).
   *
   * @param job the job
   * @param params the export, for retry events (may be null)
   * @param throttle paces the request
   * @return the status and any Retry-After
   * @throws ExportException EXPORT_003 when the server does not know the job
   */
  public Polled progress(ExportJob job, ExportParams params, RequestThrottle throttle) {
    return progress(job, params, Deadline.NONE, throttle);
  }

  /**
   * As {@link #progress(ExportJob, ExportParams, RequestThrottle)}, never waiting for a retry past
   * the monitoring deadline.
   *
   * @param job the job
   * @param params the export, for retry events (may be null)
   * @param deadline the monitoring deadline
   * @param throttle paces the request
   * @return the status and any Retry-After
   * @throws ExportException EXPORT_003 when the server does not know the job
   */
  public Polled progress(ExportJob job, ExportParams params, Deadline deadline, RequestThrottle throttle) {
    String path = Endpoints.forJob(endpoints.progress(), job.jobId());
    HttpResponse<BoundedBody> response = http.send("poll", params, deadline, throttle,
        () -> HttpRequest.newBuilder(http.resolve(path + (path.contains("?") ? "&" : "?") + "_="
                + System.currentTimeMillis()))
            .header("Accept", "application/json")
            .GET(),
        http.jsonBodies());
    int status = response.statusCode();
    if (status == 404) {
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "the server does not know job " + job.jobId() + " (expired or never existed); start a new export",
          Map.of("httpStatus", "404", "jobId", job.jobId()), null);
    }
    if (status != 200) {
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "the server answered " + status + " to the progress of job " + job.jobId() + ": "
              + http.serverMessage(response.body().text()),
          Map.of("httpStatus", Integer.toString(status), "jobId", job.jobId()), null);
    }
    String body = response.body().complete(ExportErrorCode.JOB_FAILED, "the progress of job " + job.jobId());
    return new Polled(StatusParser.parse(job.jobId(), body, http::serverText),
        ServerErrors.retryAfter(response.headers()));
  }

  /**
   * Asks the server to cancel a job; never throws for server or network trouble.
   *
   * @param job the job
   * @param throttle paces the request
   * @return whether the server acknowledged it
   */
  public CancelResult cancel(ExportJob job, RequestThrottle throttle) {
    String path = Endpoints.forJob(endpoints.cancelJob(), job.jobId());
    HttpResponse<BoundedBody> response;
    try {
      response = http.send("cancel", null, throttle,
          () -> HttpRequest.newBuilder(http.resolve(path)).header("Accept", "application/json").DELETE(),
          http.jsonBodies());
    } catch (ExportException e) {
      return new CancelResult(job.jobId(), false, "the server could not be told: " + e.getMessage());
    }
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return new CancelResult(job.jobId(), true, "cancelled on the server");
    }
    if (status == 409) {
      return new CancelResult(job.jobId(), true, "the job had already finished");
    }
    if (status == 404 || status == 405) {
      return new CancelResult(job.jobId(), false,
          "the server has no cancel endpoint (HTTP " + status + "); the job runs on until it expires");
    }
    return new CancelResult(job.jobId(), false, "the server answered " + status + " to the cancel request");
  }

  /** Parses a progress body into a {@link JobStatus}. */
  static final class StatusParser {
    private StatusParser() {}

    /**
     * Parses a progress answer; every text field passes through {@code clean}.
     *
     * @param jobId the job
     * @param body the answer
     * @param clean makes server text safe (credentials masked, control characters escaped)
     * @return the status
     */
    static JobStatus parse(String jobId, String body, java.util.function.UnaryOperator<String> clean) {
      JsonNode node;
      try {
        node = Json.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new ExportException(ExportErrorCode.JOB_FAILED,
            "the progress of job " + jobId + " is not JSON; check that the base URL points at ShareDo",
            Map.of("jobId", jobId), e);
      }
      if (node == null || !node.isObject()) {
        throw new ExportException(ExportErrorCode.JOB_FAILED,
            "the progress of job " + jobId + " is not a JSON object", Map.of("jobId", jobId), null);
      }
      String rawState = clean.apply(Json.text(node, "state"));
      int percentage = Math.max(0, Math.min(100, node.path("percentage").asInt(0)));
      boolean complete = node.path("complete").asBoolean(false);
      JsonNode available = node.get("packageAvailable");
      boolean packageAvailable = available == null || available.isNull() ? complete : available.asBoolean();
      java.util.List<String> queued = new java.util.ArrayList<>();
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
      return new JobStatus(jobId, io.sharedo.export.JobState.fromServer(rawState), rawState, percentage, current,
          queued, complete, packageAvailable, clean.apply(Json.text(node, "errorMessage")), packageSize,
          sha == null ? null : sha.toLowerCase(Locale.ROOT), java.time.Instant.now());
    }
  }
}
