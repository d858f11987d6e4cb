package io.sharedo.export.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small protocol client for the tests, on the JDK HttpClient over real sockets. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String API = "/api/modeller/importexport/export";
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final FakeShareDoServer server;
  private String token;

  HttpClient http() {
    return http;
  }

  Wire(FakeShareDoServer server) {
    this.server = server;
  }

  HttpResponse<String> tokenResponse(String clientId, String secret) {
    return tokenResponse(clientId, secret, "grant_type=client_credentials&scope=sharedo");
  }

  /** A token request with this form (grant and impersonation fields). */
  HttpResponse<String> tokenResponse(String clientId, String secret, String form) {
    String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(URI.create(server.identityUrl() + "/connect/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  String token() {
    if (token == null) {
      refreshToken();
    }
    return token;
  }

  /** Fetches a token with this grant form and uses it from now on. */
  void useGrant(String form) {
    HttpResponse<String> r = tokenResponse(server.clientId(), server.clientSecret(), form);
    if (r.statusCode() != 200) {
      throw new AssertionError("token endpoint answered " + r.statusCode() + ": " + r.body());
    }
    token = json(r.body()).get("access_token").asText();
  }

  void refreshToken() {
    HttpResponse<String> r = tokenResponse(server.clientId(), server.clientSecret());
    if (r.statusCode() != 200) {
      throw new AssertionError("token endpoint answered " + r.statusCode() + ": " + r.body());
    }
    token = json(r.body()).get("access_token").asText();
  }

  HttpRequest.Builder api(String env, String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl(env) + path))
        .header("Authorization", "Bearer " + token())
        .header("Accept", "application/json")
        .timeout(Duration.ofSeconds(20));
  }

  HttpResponse<String> post(String env, String path, String body) {
    return send(api(env, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  HttpResponse<String> create(String env, String workType, String idempotencyKey) {
    HttpRequest.Builder b = api(env, API + "/package").header("Content-Type", "application/json");
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return send(b.POST(HttpRequest.BodyPublishers.ofString(createBody(workType, true))).build());
  }

  static String createBody(String workType, boolean dependencies) {
    return "{\"exportConfigName\":\"test\",\"items\":[{\"systemName\":\"sharedo-type\",\"selector\":"
        + "{\"systemName\":\"" + workType + "\"}}],\"includeDependencies\":" + dependencies
        + ",\"includeHistory\":false,\"format\":\"zip\",\"compression\":\"none\"}";
  }

  String createJob(String env, String workType) {
    HttpResponse<String> r = create(env, workType, null);
    if (r.statusCode() != 200) {
      throw new AssertionError("create answered " + r.statusCode() + ": " + r.body());
    }
    return json(r.body()).get("exportJobId").asText();
  }

  HttpResponse<String> progress(String env, String jobId) {
    return send(api(env, API + "/package/" + jobId + "/progress/?_=" + System.nanoTime()).GET().build());
  }

  JsonNode progressJson(String env, String jobId) {
    HttpResponse<String> r = progress(env, jobId);
    if (r.statusCode() != 200) {
      throw new AssertionError("progress answered " + r.statusCode() + ": " + r.body());
    }
    return json(r.body());
  }

  HttpResponse<String> cancel(String env, String jobId) {
    return send(api(env, API + "/package/" + jobId).DELETE().build());
  }

  HttpRequest.Builder downloadRequest(String env, String jobId) {
    return api(env, "/modeller/__importexport/export/package/" + jobId + "/download").GET();
  }

  HttpResponse<byte[]> download(String env, String jobId) {
    return sendBytes(downloadRequest(env, jobId).build());
  }

  /** Polls (progressPerPoll servers) until the job is finished; returns the last progress. */
  JsonNode pollUntilFinished(String env, String jobId) {
    for (int i = 0; i < 200; i++) {
      JsonNode p = progressJson(env, jobId);
      String state = p.get("state").asText();
      if (!state.equals("PENDING") && !state.equals("RUNNING")) {
        return p;
      }
    }
    throw new AssertionError("job " + jobId + " did not finish in 200 polls");
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> sendBytes(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
