package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoExtension;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output the tool cannot write is found before any job runs, said with a reason, and leaves nothing
 * behind; a usage error under {@code --json} still prints a document. Against a fake server over sockets.
 */
class OutputChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final FakeShareDoExtension FAKE =
      FakeShareDoExtension.builder().demoData().jobDuration(Duration.ofMillis(200)).build();

  @TempDir
  Path dir;

  private List<String> connection() {
    FakeShareDoServer server = FAKE.server();
    return List.of("--journal", dir.resolve("journal").toString(), "--server", server.baseUrl("uat").toString(),
        "--client-id", server.clientId(), "--client-secret", server.clientSecret(),
        "--identity-url", server.identityUrl().toString());
  }

  private CliRun export(String... more) {
    List<String> args = new ArrayList<>(List.of("export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat"));
    args.addAll(List.of(more));
    args.addAll(connection());
    return CliRun.run(args.toArray(String[]::new));
  }

  private CliRun compareWithReport(Path report) {
    List<String> args = new ArrayList<>(List.of("compare", "--type", "worktype", "--system-name", "matter",
        "--left", "uat", "--right", "uat", "--format", "html", "--output", report.toString()));
    args.addAll(connection());
    return CliRun.run(args.toArray(String[]::new));
  }

  private List<String> entries() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anExtractFolderThatIsAFileIsAUsageErrorBeforeAnyJobAndLeavesNoOutFolder() throws Exception {
    int jobsBefore = FAKE.server().requestCount(Endpoint.CREATE_JOB);
    Path file = Files.writeString(dir.resolve("afile"), "x");

    CliRun run = export("--out", dir.resolve("packages").toString(), "--extract", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--extract " + file + " is a file, not a folder");
    assertThat(FAKE.server().requestCount(Endpoint.CREATE_JOB)).as("no job was created").isEqualTo(jobsBefore);
    assertThat(entries()).containsExactly("afile");
  }

  @Test
  void anOutFolderThatCannotBeCreatedSaysWhyNotOnlyWhere() throws Exception {
    int jobsBefore = FAKE.server().requestCount(Endpoint.CREATE_JOB);
    Files.writeString(dir.resolve("afile"), "x");
    Path under = dir.resolve("afile").resolve("packages");

    CliRun run = export("--out", under.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("cannot create the --out folder " + under + ": ")
        .doesNotContain(under + ": " + under);
    assertThat(FAKE.server().requestCount(Endpoint.CREATE_JOB)).isEqualTo(jobsBefore);
  }

  @Test
  void aCompareReportThatCannotBeWrittenIsAUsageErrorBeforeEitherExport() throws Exception {
    int jobsBefore = FAKE.server().requestCount(Endpoint.CREATE_JOB);
    Files.writeString(dir.resolve("afile"), "x");
    Path report = dir.resolve("afile").resolve("report.html");

    CliRun run = compareWithReport(report);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--output " + report.getParent() + " is a file, not a folder");
    assertThat(FAKE.server().requestCount(Endpoint.CREATE_JOB)).as("no export ran").isEqualTo(jobsBefore);
    assertThat(entries()).containsExactly("afile");
  }

  @Test
  void aCompareReportIsAsReadableAsAnyOtherFileTheUserWrites() throws Exception {
    Path report = dir.resolve("reports").resolve("report.html");

    CliRun run = compareWithReport(report);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    Path other = Files.createFile(dir.resolve("reports").resolve("other.txt"));
    assertThat(Files.getPosixFilePermissions(report)).as("the umask decides, not a temporary file's 0600")
        .isEqualTo(Files.getPosixFilePermissions(other));
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("report.html", "other.txt");
    }
  }

  @Test
  void aUsageErrorUnderJsonStillPrintsAFailureDocument() throws Exception {
    CliRun run = CliRun.run("export", "--system-name", "matter", "--out", dir.toString(), "--json");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    JsonNode document = JSON.readTree(run.out());
    assertThat(document.path("status").asText()).isEqualTo("failed");
    assertThat(document.path("code").asText()).isEqualTo("USAGE");
    assertThat(document.path("message").asText()).contains("--type");
  }

  @Test
  void inspectOfAMissingFileIsAUsageErrorNotADamagedPackage() {
    Path missing = dir.resolve("nope.zip");

    CliRun run = CliRun.run("inspect", missing.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no package file at " + missing).doesNotContain("damaged");
  }

  @Test
  void aFileErrorIsNamedByItsReason() {
    assertThat(FileProblems.reason(new AccessDeniedException("/x"))).isEqualTo("permission denied");
    assertThat(FileProblems.reason(new java.nio.file.NoSuchFileException("/x"))).isEqualTo("no such file or folder");
    assertThat(FileProblems.reason(new java.nio.file.FileSystemException("/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
  }
}
