package io.sharedo.export.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Endpoints;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.ShareDoExportClientBuilder;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Wiring shared by the figures that run the client against {@link FakeShareDoServer}. */
final class FakeServers {
  static final String ENVIRONMENT = "uat";

  /**
   * One JDK client for the benchmark's own requests: each {@code HttpClient} keeps a selector thread
   * until it is collected, which would otherwise pile up and count in the thread figure.
   */
  static final HttpClient HTTP = HttpClient.newHttpClient();

  private FakeServers() {}

  /** A client builder with the server's {@code uat} environment registered, ready for more settings. */
  static ShareDoExportClientBuilder client(FakeShareDoServer server) {
    return client(server.baseUrl(ENVIRONMENT), server.identityUrl(), server.clientId(), server.clientSecret());
  }

  static ShareDoExportClientBuilder client(URI baseUrl, URI identityUrl, String clientId, String secret) {
    return ShareDoExportClient.builder().environment(ENVIRONMENT,
        Environment.builder(baseUrl).clientCredentials(identityUrl, clientId, secret).build());
  }

  /** The demo data's {@code matter} work type: a small export, so job timing dominates. */
  static ExportParams matter() {
    return ExportParams.of(ExportType.WORKTYPE, "matter", ENVIRONMENT);
  }

  /** The URL the client downloads a job's package from, for running other tools on the same bytes. */
  static URI downloadUrl(FakeShareDoServer server, String jobId) {
    return URI.create(server.baseUrl(ENVIRONMENT) + Endpoints.forJob(Endpoints.defaults().download(), jobId));
  }

  /** A bearer token from the server's token endpoint, as any OAuth client would get one. */
  static String token(FakeShareDoServer server) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString(
        (server.clientId() + ":" + server.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.identityUrl() + Endpoints.defaults().token()))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=sharedo"))
        .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("token endpoint answered " + response.statusCode());
    }
    return new ObjectMapper().readTree(response.body()).path("access_token").asText();
  }
}
