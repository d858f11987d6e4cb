package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Settings types: argument checks naming the argument, and secrets hidden from toString. */
class SettingsTest {

  @Test
  void environmentNeverShowsTheSecretOrToken() {
    Environment credentials = Environment.builder(URI.create("https://uat.example.com"))
        .clientCredentials(URI.create("https://id.example.com"), "exporter", "s3cr3t-value").build();
    Environment fixed = Environment.builder(URI.create("https://uat.example.com")).bearerToken("tok-123456").build();

    assertThat(credentials.toString()).doesNotContain("s3cr3t-value").contains("exporter");
    assertThat(fixed.toString()).doesNotContain("tok-123456");
  }

  @Test
  void environmentNeedsExactlyOneKindOfAuthentication() {
    assertThatThrownBy(() -> Environment.builder(URI.create("https://x.example.com")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Environment.builder(URI.create("ftp://x.example.com")))
        .hasMessageContaining("baseUrl");
  }

  @Test
  void pollPolicyChecksItsArguments() {
    assertThatThrownBy(() -> PollPolicy.builder().pollBudget(0)).hasMessageContaining("pollBudget");
    assertThatThrownBy(() -> PollPolicy.builder().jitter(2)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> PollPolicy.builder().initialInterval(Duration.ofSeconds(5))
        .maxInterval(Duration.ofSeconds(1)).build()).hasMessageContaining("maxInterval");
  }

  @Test
  void retryBackoffDoublesUpToTheMaximum() {
    RetrySettings settings = RetrySettings.builder().initialBackoff(Duration.ofMillis(100))
        .maxBackoff(Duration.ofMillis(350)).build();

    assertThat(settings.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(settings.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.backoff(3)).isEqualTo(Duration.ofMillis(350));
  }

  @Test
  void endpointsAreOverridableAndChecked() {
    Endpoints endpoints = Endpoints.builder().download("/x/{jobId}/zip").build();

    assertThat(Endpoints.forJob(endpoints.download(), "a b")).isEqualTo("/x/a+b/zip");
    assertThatThrownBy(() -> Endpoints.builder().progress("/no-id")).hasMessageContaining("progress");
  }

  @Test
  void unregisteredEnvironmentIsRejectedByName() {
    try (ShareDoExportClient client = ShareDoExportClient.builder().build()) {
      assertThatThrownBy(() -> client.exportWorkType("matter", "clientB-uat"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientB-uat");
    }
  }
}
