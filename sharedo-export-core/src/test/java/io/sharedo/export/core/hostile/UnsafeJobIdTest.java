package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A job id the server chooses never becomes a path it did not mean, nor a journal file name. */
class UnsafeJobIdTest extends ScriptedServerTest {

  @TempDir
  Path journal;

  @BeforeEach
  void buildClient() {
    client = HostileServers.withToken(server, TOKEN).journalDirectory(journal).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/../../admin", "a b", "x\\u001b]0;pwned\\u0007"})
  void unsafeJobIdFromTheServerIsExport001BeforeAnyPathUsesIt(String raw) throws Exception {
    String jobId = raw.replace("\\u001b", "\u001b").replace("\\u0007", "\u0007");
    server.enqueue(json(202, "{\"exportJobId\":\"" + jobId.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
        + "\"}"));

    ExportException error = assertThrows(ExportException.class, () -> client.export(HostileServers.matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("job id").doesNotContain("\u001b").doesNotContain("\u0007");
    assertThat(server.getRequestCount()).as("no progress, download or cancel request").isEqualTo(1);
    try (var files = Files.list(journal)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void tenThousandCharacterJobIdIsExport001WithoutAStackTraceFromTheJournal() throws Exception {
    server.enqueue(json(202, "{\"exportJobId\":\"" + "j".repeat(10_000) + "\"}"));

    ExportException error = assertThrows(ExportException.class, () -> client.export(HostileServers.matter()));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).contains("10000 characters").hasSizeLessThan(600);
    try (var files = Files.list(journal)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void callersUnsafeJobIdIsRefusedBeforeAnyRequest() {
    assertThrows(IllegalArgumentException.class, () -> client.cancelJob(HostileServers.job("..")));

    assertThat(server.getRequestCount()).isZero();
  }
}
