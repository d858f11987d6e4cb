package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.DependencyModel;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.ImpersonationRequirement;
import io.sharedo.export.testkit.JobFault;
import io.sharedo.export.testkit.JobView.State;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The environment endpoints after routing, authentication and request faults: create, dependencies,
 * progress, cancel, download and the configuration export fallback. Thread-safe (state lives in the
 * registry and the jobs).
 */
final class ApiEndpoints {
  /** What ShareDo answers an export made with a token that has no user. */
  static final String NO_USER_MESSAGE = "Value cannot be null. (Parameter 'createdBy'): this API requires a user "
      + "context; use an Impersonate.Fixed or Impersonate.Specified token";

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
    this.downloads = new DownloadWriter(responses, settings);
  }

  void create(HttpExchange exchange, EnvironmentModel env, String body, TokenStore.Issued token) throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    String configName = request.path("exportConfigName").asText("");
    if (configName.isBlank()) {
      badRequest(exchange, "exportConfigName is required: the name of the export configuration, e.g. VeryBasic");
      return;
    }
    List<ExportSelection.Item> items = items(exchange, request.path("items"));
    if (items == null) {
      return;
    }
    if (!token.user() && settings.behaviour().impersonation() == ImpersonationRequirement.REFUSE_EXPORT_WITHOUT_USER) {
      badRequest(exchange, NO_USER_MESSAGE);
      return;
    }
    List<ExportSelection.Step> steps;
    try {
      steps = ExportSelection.resolve(env, items);
      if (settings.has(Extension.INCLUDE_DEPENDENCIES) && request.path("includeDependencies").asBoolean(false)) {
        steps = ExportSelection.withDependencies(env, steps);
      }
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    FakeJob.Request what = new FakeJob.Request(env, configName, token.subject(), items, steps);
    FakeJob job = jobs.findOrCreate(env.name(), settings.has(Extension.IDEMPOTENCY_KEY) ? key : null,
        id -> new FakeJob(id, key, what, faults.takeNextJobFaults(), settings, faults::global));
    responses.json(exchange, 200, Responses.JSON.createObjectNode().put("exportJobId", job.id));
  }

  private @Nullable List<ExportSelection.Item> items(HttpExchange exchange, JsonNode itemsNode) throws IOException {
    if (!itemsNode.isArray() || itemsNode.isEmpty()) {
      badRequest(exchange, "items must be a non-empty array of {systemName, selector}");
      return null;
    }
    List<ExportSelection.Item> items = new ArrayList<>();
    for (JsonNode item : itemsNode) {
      String provider = item.path("systemName").asText("");
      if (provider.isBlank() || !item.path("selector").isObject()) {
        badRequest(exchange, "every item needs a provider (systemName) and a selector object: " + item);
        return null;
      }
      items.add(new ExportSelection.Item(provider, (ObjectNode) item.get("selector")));
    }
    return items;
  }

  /** {@code {"dependencies":{"mandatory":[..],"recommended":[..]}}}, the items in camelCase. */
  void dependencies(HttpExchange exchange, EnvironmentModel env, String body) throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    if (!request.path("selector").isObject()) {
      badRequest(exchange, "the body needs a provider (systemName) and a selector object");
      return;
    }
    ExportSelection.Step step;
    try {
      step = ExportSelection.step(env, new ExportSelection.Item(request.path("systemName").asText(""),
          (ObjectNode) request.get("selector")));
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    ObjectNode answer = Responses.JSON.createObjectNode();
    ObjectNode lists = answer.putObject("dependencies");
    ArrayNode mandatory = lists.putArray("mandatory");
    ArrayNode recommended = lists.putArray("recommended");
    for (DependencyModel d : step.dependencies()) {
      ObjectNode n = (d.mandatory() ? mandatory : recommended).addObject();
      n.put("systemName", d.provider());
      n.set("selector", JsonText.parse(d.selectorJson(), "selector"));
      n.put("reason", d.reason());
      n.put("description", d.description());
    }
    responses.json(exchange, 200, answer);
  }

  void progress(HttpExchange exchange, FakeJob job) throws IOException {
    if (job.has(JobFault.ProgressNotFound.class)) {
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
    if (before.isFinished() && before != State.CANCELLED) {
      responses.error(exchange, 409, "Conflict", "Export job " + job.id + " has already finished: " + before);
      return;
    }
    responses.empty(exchange, 204);
  }

  void download(HttpExchange exchange, FakeJob job) throws IOException {
    FakeJob.Status status = job.status();
    if (status.pkg() == null) {
      responses.error(exchange, 409, "Conflict",
          "Export job " + job.id + " has no package (state " + status.state().wireName() + "); poll its progress "
              + "until complete and packageAvailable are true");
      return;
    }
    job.downloaded();
    downloads.send(exchange, status.pkg(), Objects.requireNonNull(job.packageFileName(), "set on completion"),
        job.faults, faults.global());
  }

  /** The work type's configuration as one JSON document (its step file), or as a package when so configured. */
  void configurationExport(HttpExchange exchange, EnvironmentModel env, String body, TokenStore.Issued token)
      throws IOException {
    JsonNode request = parse(exchange, body);
    if (request == null) {
      return;
    }
    String workType = request.path("workTypeSystemName").asText("");
    ExportSelection.Step step;
    try {
      step = ExportSelection.step(env, new ExportSelection.Item(ExportSelection.WORK_TYPE,
          Responses.JSON.createObjectNode().put("systemName", workType)));
    } catch (ExportSelection.UnknownItemException e) {
      badRequest(exchange, e.getMessage());
      return;
    }
    if (!settings.behaviour().fallbackZip()) {
      responses.bytes(exchange, 200, "application/json; charset=utf-8", PackageJson.bytes(step.content()));
      return;
    }
    List<Fault> active = new ArrayList<>();
    faults.global().forEach(a -> active.add(a.fault));
    PackageBytes pkg = PackageFactory.build(new ManifestJson.Header("configuration-export-" + workType,
        token.subject(), env.exportedFrom(), env.sharedoVersion(), settings.clock().instant()), List.of(step),
        active, 0, settings.behaviour());
    if (settings.has(Extension.RANGE_REQUESTS)) {
      exchange.getResponseHeaders().set("ETag", pkg.etag);
    }
    responses.bytes(exchange, 200, "application/zip", pkg.toByteArray());
  }

  void notFound(HttpExchange exchange, @Nullable String jobId) throws IOException {
    responses.error(exchange, 404, "NotFound", "Export job " + jobId + " does not exist or has expired");
  }

  private @Nullable JsonNode parse(HttpExchange exchange, String body) throws IOException {
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

  private void badRequest(HttpExchange exchange, @Nullable String message) throws IOException {
    responses.error(exchange, 400, "BadRequest", message);
  }
}
