package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportResult;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.testkit.Endpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ExportTripTest extends FakeServerTest {

  @Test
  void exportsWorkTypeEndToEndAndKeepsNothing() {
    ExportResult result = client.export(matter("uat"));

    assertThat(result.method()).isEqualTo(ExportMethod.PACKAGE_EXPORT);
    assertThat(result.download()).isNull();
    assertThat(result.job().jobId()).isNotBlank();
    assertThat(result.content().allComponents()).anySatisfy(c -> {
      assertThat(c).isInstanceOf(WorkType.class);
      assertThat(c.identity()).isEqualTo("matter");
    });
    assertThat(listener.names()).startsWith("exportStarted", "jobCreated", "progress")
        .endsWith("downloadStarted", "downloadProgress", "validated", "extracted", "completed");
    assertThat(listener.percentages()).isSorted().endsWith(100);
  }

  @Test
  void keepsTheVerifiedPackageAtTheDestination() throws Exception {
    Path destination = out.resolve("matter.zip");

    ExportResult result = client.export(matter("uat"), destination);

    assertThat(result.download().path()).isEqualTo(destination.toAbsolutePath());
    byte[] bytes = Files.readAllBytes(destination);
    assertThat(result.download().size()).isEqualTo(bytes.length);
    assertThat(result.download().sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(server.job(result.job().jobId()).orElseThrow().packageSha256()).isEqualTo(result.download().sha256());
  }

  @Test
  void unknownEnvironmentIsNamedInTheError() {
    assertThatThrownBy(() -> client.export(matter("nowhere")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
    assertThat(server.requestCount(Endpoint.CREATE_JOB)).isZero();
  }

  @Test
  void unknownItemIsJobCreationFailureWithTheServersMessage() {
    ExportException error = org.junit.jupiter.api.Assertions.assertThrows(ExportException.class,
        () -> client.export(io.sharedo.export.ExportParams.of(io.sharedo.export.ExportType.WORKTYPE, "no-such", "uat")));
    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.details()).containsEntry("httpStatus", "400");
    assertThat(listener.names()).endsWith("failed");
  }
}
