package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three grants of ShareDo's identity server, as sent over a real socket, and a refused grant. */
class TokenGrantsTest {
  private static final String TOKEN = "{\"access_token\":\"tok-123456\",\"token_type\":\"Bearer\",\"expires_in\":600}";
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ShareDoExportClient client(UnaryOperator<Environment.Builder> auth) {
    Environment.Builder env = Environment.builder(URI.create(server.url("/sharedo").toString()))
        .clientCredentials(URI.create(server.url("/identity").toString()), "exporter", "s3cret-value");
    return ShareDoExportClient.builder().environment("uat", auth.apply(env).build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build()).build();
  }

  private static ExportParams matter() {
    return ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  }

  private Map<String, String> createAndReadTokenForm(UnaryOperator<Environment.Builder> auth) throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(TOKEN).build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"exportJobId\":\"j-1\"}").build());
    try (ShareDoExportClient client = client(auth)) {
      ExportJob job = client.createJob(matter());
      assertThat(job.jobId()).isEqualTo("j-1");
    }
    RecordedRequest token = server.takeRequest();
    assertThat(token.getTarget()).isEqualTo("/identity/connect/token");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok-123456");
    return form(token.getBody().utf8());
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return form;
  }

  @Test
  void clientCredentialsAloneAsksForTheClientCredentialsGrant() throws Exception {
    Map<String, String> form = createAndReadTokenForm(b -> b);

    assertThat(form).containsEntry("grant_type", "client_credentials").containsEntry("scope", "sharedo")
        .doesNotContainKeys("impersonate_user", "impersonate_provider");
  }

  @Test
  void impersonateFixedAsksForTheFixedGrant() throws Exception {
    Map<String, String> form = createAndReadTokenForm(Environment.Builder::impersonateFixed);

    assertThat(form).containsEntry("grant_type", "Impersonate.Fixed").containsEntry("scope", "sharedo")
        .doesNotContainKeys("impersonate_user", "impersonate_provider");
  }

  @Test
  void impersonateSpecifiedSendsTheUserAndProvider() throws Exception {
    Map<String, String> form = createAndReadTokenForm(b -> b.impersonate("ann+ops@acme.example", "sharedo"));

    assertThat(form).containsEntry("grant_type", "Impersonate.Specified").containsEntry("scope", "sharedo")
        .containsEntry("impersonate_user", "ann+ops@acme.example").containsEntry("impersonate_provider", "sharedo");
  }

  @Test
  void refusedGrantIsExport008NamingTheGrant() {
    server.enqueue(new MockResponse.Builder().code(400).body("{\"error\":\"unsupported_grant_type\"}").build());

    ExportException error;
    try (ShareDoExportClient client = client(b -> b.impersonate("ann@acme.example", "sharedo"))) {
      error = assertThrows(ExportException.class, () -> client.createJob(matter()));
    }

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).contains("Impersonate.Specified").contains("unsupported_grant_type")
        .doesNotContain("s3cret-value");
    assertThat(error.details()).containsEntry("grantType", "Impersonate.Specified")
        .containsEntry("oauthError", "unsupported_grant_type");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bothKindsOfImpersonationAreRefusedByTheBuilder() {
    Environment.Builder builder = Environment.builder(URI.create("https://uat.example.com"))
        .clientCredentials(URI.create("https://id.example.com"), "exporter", "secret")
        .impersonateFixed().impersonate("ann@acme.example", "sharedo");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, builder::build);

    assertThat(error.getMessage()).contains("not both");
  }

  @Test
  void environmentTellsItsGrantAndNeverItsSecret() {
    Environment env = Environment.builder(URI.create("https://uat.example.com"))
        .clientCredentials(URI.create("https://id.example.com"), "exporter", "secret-xyz")
        .impersonateFixed().build();

    assertThat(env.grant()).contains(TokenGrant.IMPERSONATE_FIXED);
    assertThat(env.toString()).contains("Impersonate.Fixed").doesNotContain("secret-xyz");
    assertThat(env.exportConfigName()).isEqualTo(Environment.DEFAULT_EXPORT_CONFIG_NAME);
  }

  @Test
  void oneServerCannotBeRegisteredUnderTwoEnvironmentNames() {
    Environment uat = Environment.builder(URI.create("https://Acme.example.com/sharedo/")).bearerToken("t-1").build();
    Environment alias = Environment.builder(URI.create("https://acme.example.com:443/sharedo")).bearerToken("t-2")
        .build();
    ShareDoExportClientBuilder builder = ShareDoExportClient.builder().environment("uat", uat);

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> builder.environment("vnext", alias));

    assertThat(error.getMessage()).contains("vnext").contains("same server as uat");
    builder.environment("vnext", Environment.builder(URI.create("https://acme.example.com/vnext")).bearerToken("t-2")
        .build());
  }
}
