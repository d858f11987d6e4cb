package io.sharedo.export.core.hostile;

import static io.sharedo.export.core.hostile.HostileServers.TOKEN;
import static io.sharedo.export.core.hostile.HostileServers.json;
import static io.sharedo.export.core.hostile.HostileServers.matter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No control character a server or a package chose reaches a message, a status or an event raw. */
class ServerTextEscapingTest extends ScriptedServerTest {
  private static final String HOSTILE = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u0000\u202eevil";
  private static final String HOSTILE_JSON = "\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u0000\\u202eevil";

  private final List<String> steps = new CopyOnWriteArrayList<>();

  @TempDir
  Path folder;

  @BeforeEach
  void buildClient() {
    client = HostileServers.withToken(server, TOKEN).listener(new ExportListener() {
      @Override
      public void progress(ExportJob job, int percentage, String step) {
        steps.add(step);
      }
    }).build();
  }

  private static void assertNoControlCharacters(String text) {
    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
        .doesNotContain("\u0000").doesNotContain("\u202e");
  }

  @Test
  void controlCharactersInAnErrorMessageAreEscaped() {
    server.enqueue(json(400, "{\"errorMessages\":[\"" + HOSTILE_JSON + "\"]}"));

    ExportException error = assertThrows(ExportException.class, () -> client.createJob(matter()));

    assertNoControlCharacters(error.getMessage());
    assertThat(error.getMessage()).contains("\\u001B]0;pwned\\u0007\\u001B[2J\\u009B31m\\u0000\\u202Eevil");
  }

  @Test
  void controlCharactersInProgressFieldsAndEventsAreEscaped() {
    server.enqueue(json(200, "{\"state\":\"RUN" + HOSTILE_JSON + "\",\"percentage\":10,\"complete\":false,"
        + "\"current\":[{\"description\":\"step " + HOSTILE_JSON + "\"}],"
        + "\"queued\":[{\"description\":\"next " + HOSTILE_JSON + "\"}]}"));
    server.enqueue(json(200, "{\"state\":\"RUN" + HOSTILE_JSON + "\",\"percentage\":10,\"complete\":false,"
        + "\"current\":[{\"description\":\"step " + HOSTILE_JSON + "\"}],"
        + "\"queued\":[{\"description\":\"next " + HOSTILE_JSON + "\"}]}"));
    server.enqueue(json(200, "{\"state\":\"FAILED\",\"percentage\":20,\"complete\":false,"
        + "\"errorMessage\":\"" + HOSTILE_JSON + "\"}"));

    JobStatus status = client.getJobStatus(HostileServers.job("j-1"));
    ExportException failed = assertThrows(ExportException.class,
        () -> client.monitorJob(HostileServers.job("j-1"), Duration.ofSeconds(10)));

    assertNoControlCharacters(status.rawState());
    assertNoControlCharacters(status.currentStep());
    assertNoControlCharacters(String.join(" ", status.queuedSteps()));
    assertThat(failed.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertNoControlCharacters(failed.getMessage());
    assertNoControlCharacters(String.join(" ", failed.details().values()));
    assertThat(steps).isNotEmpty().allSatisfy(ServerTextEscapingTest::assertNoControlCharacters);
  }

  @Test
  void controlCharactersInAZipEntryNameAreEscapedInTheValidationError() throws Exception {
    Path zip = folder.resolve("hostile.zip");
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("../" + HOSTILE.replace("\u0000", "") + ".json"));
      out.write("{}".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }

    ExportException error = assertThrows(ExportException.class, () -> PackageReader.withDefaults().validate(zip));

    assertThat(error.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertNoControlCharacters(error.getMessage());
    assertNoControlCharacters(String.join(" ", error.details().values()));
  }
}
