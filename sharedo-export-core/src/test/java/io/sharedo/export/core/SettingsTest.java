package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    assertThat(Endpoints.forJob(endpoints.download(), "3b1f2c9e-0d4a.v2_~")).isEqualTo("/x/3b1f2c9e-0d4a.v2_~/zip");
    assertThatThrownBy(() -> Endpoints.builder().progress("/no-id")).hasMessageContaining("progress");
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a b", "a/b", "a%2Fb", "a+b", "j\u001b[2J", ""})
  void unsafeJobIdsNeverReachAPath(String jobId) {
    assertThatThrownBy(() -> Endpoints.forJob(Endpoints.defaults().progress(), jobId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("job id")
        .hasMessageNotContaining("\u001b");
  }

  @Test
  void overlongJobIdIsRefusedWithItsLengthNotItsText() {
    String id = "a".repeat(10_000);

    assertThatThrownBy(() -> Endpoints.forJob(Endpoints.defaults().progress(), id))
        .hasMessageContaining("10000 characters").hasMessageNotContaining("a".repeat(100));
  }

  @Test
  void unregisteredEnvironmentIsRejectedByName() {
    try (ShareDoExportClient client = ShareDoExportClient.builder().build()) {
      assertThatThrownBy(() -> client.exportWorkType("matter", "clientB-uat"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clientB-uat");
    }
  }
}
