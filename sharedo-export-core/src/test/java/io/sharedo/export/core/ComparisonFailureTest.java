package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A comparison that fails says which environment failed, even when the failure itself does not. */
class ComparisonFailureTest {

  @Test
  void aRefusedTokenOnOneSideNamesThatSidesEnvironment() {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(200)).start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", Environment.builder(server.baseUrl("uat"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret()).build())
            .environment("vnext", Environment.builder(server.baseUrl("vnext"))
                .clientCredentials(server.identityUrl(), server.clientId(), "not-the-secret").build())
            .build()) {
      ExportException failure = catchThrowableOfType(ExportException.class, () -> client.compareExports(
          ExportType.WORKTYPE, "matter", "uat", "vnext", CompareOptions.defaults()));

      assertThat(failure.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
      assertThat(failure.getMessage()).startsWith("vnext: ").doesNotContain("not-the-secret");
      assertThat(failure.details()).containsEntry("environment", "vnext");
      assertThat(failure.getCause()).as("the original failure").isInstanceOf(ExportException.class);
    }
  }
}
