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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The job requests of PROTOCOL.md sections 1 to 3 for one environment. Thread-safe. */
public final class JobApi {
  /** The fields a create answer may name the job by, in the order they are looked for. */
  private static final List<String> JOB_ID_FIELDS = List.of("exportJobId", "jobId", "id");

  private final HttpTransport http;
  private final Endpoints endpoints;
  private final String exportConfigName;

  /** A progress answer and the {@code Retry-After} that came with it. */
  public record Polled(JobStatus status, Optional<Duration> retryAfter) {}

  /**
   * Creates the API.
   *
   * @param http the environment's transport
   * @param endpoints the paths
   * @param exportConfigName the export configuration name jobs are created with
   */
  public JobApi(HttpTransport http, Endpoints endpoints, String exportConfigName) {
    this.http = http;
    this.endpoints = endpoints;
    this.exportConfigName = exportConfigName;
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
    body.put("exportConfigName", exportConfigName);
    ObjectNode item = body.putArray("items").addObject();
    item.put("systemName", params.provider());
    item.putObject("selector").put("systemName", params.systemName());
    body.put("includeDependencies", params.options().includeDependencies());
    body.put("includeHistory", params.options().includeHistory());
    body.put("format", params.options().format().name().toLowerCase(Locale.ROOT));
    body.put("compression", params.options().compression().name().toLowerCase(Locale.ROOT));
    String json = Json.write(body);
    HttpResponse<BoundedBody> response = http.send("create", params, throttle,
        () -> HttpRequest.newBuilder(http.resolve(endpoints.createJob()))
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        http.jsonBodies());
    int status = response.statusCode();
    String answer = response.body().text();
    Map<String, String> details = new HashMap<>();
    details.put("httpStatus", Integer.toString(status));
    details.put("environment", params.environment());
    if (status != 200 && status != 201 && status != 202) {
      throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED, refusal(params, response, answer, details),
          details, null);
    }
    answer = response.body().complete(ExportErrorCode.JOB_CREATION_FAILED, "the server's answer to the job creation");
    JsonNode node = null;
    try {
      node = ServerErrors.isHtml(response, answer) ? null : Json.parse(answer);
    } catch (IOException | RuntimeException e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      details.put("nonShareDoAnswer", "true");
      throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED, ServerErrors.notShareDo(response, answer),
          details, null);
    }
    for (String field : JOB_ID_FIELDS) {
      JsonNode id = node.get(field);
      if (id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank()) {
        String jobId = id.asText();
        if (!JobIds.isValid(jobId)) {
          throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED,
              "the server accepted the export but " + JobIds.problem(jobId) + ", so it cannot be used; check that"
                  + " the base URL points at ShareDo", details, null, false);
        }
        return jobId;
      }
    }
    throw new ExportException(ExportErrorCode.JOB_CREATION_FAILED,
        "the server accepted the export but its answer names no job (no exportJobId, jobId or id); "
            + "check that " + response.uri() + " is ShareDo's package export",
        details, null);
  }

  /** Why the server refused a create; a 404 is a missing package export unless the answer is a web page. */
  private String refusal(ExportParams params, HttpResponse<?> response, String answer,
      Map<String, String> details) {
    if (ServerErrors.isHtml(response, answer)) {
      details.put("nonShareDoAnswer", "true");
      return ServerErrors.notShareDo(response, answer);
    }
    if (response.statusCode() == 404) {
      return "the server has no package export at " + response.uri() + " (HTTP 404: "
          + http.serverMessage(answer) + "); check the base URL"
          + (params.options().allowFallback() ? ""
              : ", or allow the fallback to the configuration export (ExportOptions.allowFallback, --fallback)");
    }
    return "the server refused the export of " + params.provider() + " '" + params.systemName() + "' (HTTP "
        + response.statusCode() + ": " + http.serverMessage(answer) + "); check the item's system name";
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
  public Polled progress(ExportJob job, @Nullable ExportParams params, RequestThrottle throttle) {
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
  public Polled progress(ExportJob job, @Nullable ExportParams params, Deadline deadline, RequestThrottle throttle) {
    String path = Endpoints.forJob(endpoints.progress(), job.jobId());
    HttpResponse<BoundedBody> response = http.send("poll", params, deadline, throttle,
        () -> HttpRequest.newBuilder(http.resolve(path + (path.contains("?") ? "&" : "?") + "_="
                + System.currentTimeMillis()))
            .header("Accept", "application/json")
            .GET(),
        http.jsonBodies());
    int status = response.statusCode();
    String answer = response.body().text();
    if (ServerErrors.isHtml(response, answer)) {
      throw new ExportException(ExportErrorCode.JOB_FAILED, "the progress of job " + job.jobId() + ": "
          + ServerErrors.notShareDo(response, answer),
          Map.of("httpStatus", Integer.toString(status), "jobId", job.jobId(), "nonShareDoAnswer", "true"), null);
    }
    if (status == 404) {
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "the server does not know job " + job.jobId() + " (expired or never existed); start a new export",
          Map.of("httpStatus", "404", "jobId", job.jobId()), null);
    }
    if (status != 200) {
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "the server answered " + status + " to the progress of job " + job.jobId() + ": "
              + http.serverMessage(answer),
          Map.of("httpStatus", Integer.toString(status), "jobId", job.jobId()), null);
    }
    String body = response.body().complete(ExportErrorCode.JOB_FAILED, "the progress of job " + job.jobId());
    return new Polled(StatusParser.parse(job.jobId(), response, body, http::serverText),
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
}
