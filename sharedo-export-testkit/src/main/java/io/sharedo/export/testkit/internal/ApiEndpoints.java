package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView.State;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The environment endpoints after routing, authentication and request faults: create, dependencies,
 * progress, cancel, download and the configuration export fallback. Thread-safe (state lives in the
 * registry and the jobs).
 */
final class ApiEndpoints {
  private final ServerSettings settings;
  private final JobRegistry jobs;
  private final FaultBook faults;
  private final TokenStore tokens;
  private final Responses responses;
  private final DownloadWriter downloads;

  ApiEndpoints(ServerSettings settings, JobRegistry jobs, FaultBook faults, TokenStore tokens, Responses responses) {
    this.settings = settings;
    this.jobs = jobs;
    this.faults = faults;
    this.tokens = tokens;
    this.responses = responses;
    this.downloads = new DownloadWriter(responses);
  }

  void create(HttpExchange exchange, EnvironmentModel env, String body) throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    JsonNode itemsNode = request.path("items");
    if (!itemsNode.isArray() || itemsNode.isEmpty()) {
      badRequest(exchange, "items must be a non-empty array of {systemName, selector: {systemName}}");
      return;
    }
    List<ExportSelection.Item> items = new ArrayList<>();
    for (JsonNode item : itemsNode) {
      String provider = item.path("systemName").asText("");
      String selected = item.path("selector").path("systemName").asText("");
      if (provider.isBlank() || (selected.isBlank() && !provider.equals(ExportSelection.GLOBAL))) {
        badRequest(exchange, "every item needs systemName and selector.systemName: " + item);
        return;
      }
      items.add(new ExportSelection.Item(provider, selected));
    }
    boolean dependencies = request.path("includeDependencies").asBoolean(true);
    List<ExportSelection.Step> steps;
    try {
      steps = ExportSelection.resolve(env, items, dependencies);
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    FakeJob job = jobs.findOrCreate(env.name(), key, id -> new FakeJob(id, env.name(), key, items, steps,
        faults.takeNextJobFaults(), settings, faults::global));
    responses.json(exchange, 200, Responses.JSON.createObjectNode().put("exportJobId", job.id));
  }

  void dependencies(HttpExchange exchange, EnvironmentModel env, String body) throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    ExportSelection.Item item = new ExportSelection.Item(request.path("systemName").asText(""),
        request.path("selector").path("systemName").asText(""));
    ArrayNode answer = Responses.JSON.createArrayNode();
    try {
      for (ExportSelection.Item added : ExportSelection.dependencies(env, item)) {
        answer.addObject().put("systemName", added.provider()).putObject("selector")
            .put("systemName", added.systemName());
      }
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    responses.json(exchange, 200, answer);
  }

  void progress(HttpExchange exchange, FakeJob job) throws IOException {
    if (job.has(Fault.ProgressNotFound.class)) {
      notFound(exchange, job.id);
      return;
    }
    if (job.revokeTokensNow()) {
      tokens.revokeAll();
      responses.error(exchange, 401, "Unauthorized", "The access token has expired");
      return;
    }
    job.polled();
    responses.json(exchange, 200, job.progressJson());
  }

  void cancel(HttpExchange exchange, FakeJob job) throws IOException {
    State before = job.cancel();
    if (before == State.COMPLETED || before == State.FAILED) {
      responses.error(exchange, 409, "Conflict", "Export job " + job.id + " has already finished: " + before);
      return;
    }
    responses.empty(exchange, 204);
  }

  void download(HttpExchange exchange, FakeJob job) throws IOException {
    FakeJob.Status status = job.status();
    if (status.pkg() == null) {
      responses.error(exchange, 409, "Conflict",
          "Export job " + job.id + " has no package (state " + status.state() + "); poll its progress until "
              + "packageAvailable is true");
      return;
    }
    job.downloaded();
    downloads.send(exchange, status.pkg(), job.faults, faults.global());
  }

  void configurationExport(HttpExchange exchange, EnvironmentModel env, String body) throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    String workType = request.path("workTypeSystemName").asText("");
    boolean all = request.path("includeAll").asBoolean(true);
    String format = request.path("format").asText("json");
    List<ExportSelection.Step> steps;
    try {
      steps = ExportSelection.resolve(env, List.of(new ExportSelection.Item(ExportSelection.WORK_TYPE, workType)),
          all);
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    if (format.equalsIgnoreCase("zip")) {
      List<Fault> active = new ArrayList<>();
      faults.global().forEach(a -> active.add(a.fault));
      PackageBytes pkg = PackageFactory.build(env.name(), UUID.randomUUID().toString(), steps,
          settings.clock().instant(), active, 0);
      exchange.getResponseHeaders().set("ETag", pkg.etag);
      responses.bytes(exchange, 200, "application/zip", pkg.toByteArray());
      return;
    }
    if (!format.equalsIgnoreCase("json")) {
      badRequest(exchange, "format must be \"json\" or \"zip\": " + format);
      return;
    }
    ObjectNode answer = Responses.JSON.createObjectNode();
    ArrayNode workflows = Responses.JSON.createArrayNode();
    ArrayNode forms = Responses.JSON.createArrayNode();
    ArrayNode optionSets = Responses.JSON.createArrayNode();
    ArrayNode permissions = Responses.JSON.createArrayNode();
    ArrayNode templates = Responses.JSON.createArrayNode();
    for (ExportSelection.Step step : steps) {
      switch (step.provider()) {
        case ExportSelection.WORK_TYPE -> answer.set("workType", step.json());
        case ExportSelection.WORKFLOW -> workflows.add(step.json());
        case ExportSelection.FORM -> forms.add(step.json());
        case ExportSelection.OPTION_SET -> optionSets.add(step.json());
        case ExportSelection.PERMISSION -> permissions.add(step.json());
        default -> templates.add(step.json());
      }
    }
    answer.set("workflows", workflows);
    answer.set("forms", forms);
    answer.set("optionSets", optionSets);
    answer.set("permissions", permissions);
    answer.set("templates", templates);
    responses.json(exchange, 200, answer);
  }

  void notFound(HttpExchange exchange, String jobId) throws IOException {
    responses.error(exchange, 404, "NotFound", "Export job " + jobId + " does not exist or has expired");
  }

  private JsonNode parse(HttpExchange exchange, String body) throws IOException {
    try {
      JsonNode node = Responses.JSON.readTree(body);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JsonProcessingException e) {
      // answered below
    }
    badRequest(exchange, "The request body must be a JSON object");
    return null;
  }

  private void badRequest(HttpExchange exchange, String message) throws IOException {
    responses.error(exchange, 400, "BadRequest", message);
  }
}
