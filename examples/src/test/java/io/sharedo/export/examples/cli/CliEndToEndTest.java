package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.JobView;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the tool's {@code run(...)} against a real fake server over sockets, for every subcommand
 * and exit code. One server (short jobs) serves the class; faults are cleared after each test.
 */
class CliEndToEndTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FakeShareDoServer server;

  @TempDir
  Path dir;

  @TempDir
  Path journal;

  @BeforeAll
  static void startServer() {
    // Cancel is an extension (real servers have no known cancel endpoint); the cancel test relies on it.
    server = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(300))
        .extensions(Extension.CANCEL).start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @AfterEach
  void clearFaults() {
    server.clearFaults();
  }

  /** The connection options for the fake server's environment, with client credentials. */
  private static List<String> connect(String environment) {
    return List.of("--server", server.baseUrl(environment).toString(), "--client-id", server.clientId(),
        "--client-secret", server.clientSecret(), "--identity-url", server.identityUrl().toString());
  }

  /** Runs the tool; commands that journal their jobs get a journal in the test's folder, not in ~. */
  private CliRun cli(List<String> connection, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(connection);
    if (List.of("export", "compare", "batch", "recover").contains(args[0]) && !all.contains("--journal")) {
      all.addAll(List.of("--journal", journal.toString()));
    }
    return CliRun.run(all.toArray(String[]::new));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void exportWritesTheVerifiedPackageAndPrintsItsSummary() throws Exception {
    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--progress", "plain");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path zip = dir.resolve("worktype-matter-uat.zip");
    assertThat(zip).isRegularFile();
    assertThat(run.out()).contains("exported worktype matter from uat", "PACKAGE_EXPORT", zip.toString(),
        sha256(zip), "1 work type");
    assertThat(run.err()).contains("[uat] job ", "[uat] package verified");
    assertThat(run.all()).doesNotContain(server.clientSecret());
  }

  @Test
  void exportJsonParsesAndMatchesThePackageWritten() throws Exception {
    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = JSON.readTree(run.out());
    Path zip = Path.of(json.path("file").asText());
    assertThat(json.path("status").asText()).isEqualTo("ok");
    assertThat(json.path("method").asText()).isEqualTo("PACKAGE_EXPORT");
    assertThat(json.path("sha256").asText()).isEqualTo(sha256(zip));
    assertThat(json.path("size").asLong()).isEqualTo(Files.size(zip));
    assertThat(json.path("components").path("workTypes").asInt()).isEqualTo(1);
    // A real export holds the requested item only: its dependencies are listed in the manifest, not included.
    assertThat(json.path("components").size()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void exportWithoutDependenciesHoldsOnlyTheItem() throws Exception {
    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--json", "--no-include-dependencies");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode components = JSON.readTree(run.out()).path("components");
    assertThat(components.path("workTypes").asInt()).isEqualTo(1);
    assertThat(components.size()).isEqualTo(1);
  }

  @Test
  void exportFailureExitsThreeWithItsCodeAndAHintAndLeavesNoFile() throws Exception {
    server.injectForNextJob(Fault.jobFails("the work type is locked by another export"));

    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    List<String> err = run.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).startsWith("EXPORT_003: ").contains("locked by another export");
    assertThat(err.get(1)).startsWith("hint: ");
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.path("status").asText()).isEqualTo("failed");
    assertThat(json.path("code").asText()).isEqualTo("EXPORT_003");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void failedExportRemovesTheOutFolderItCreatedButNotOneThatWasThere() throws Exception {
    server.injectForNextJob(Fault.jobFails("the work type is locked by another export"));
    Path created = dir.resolve("new").resolve("packages");

    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", created.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(dir.resolve("new")).doesNotExist();
    assertThat(dir).isDirectory();
  }

  @Test
  void fallbackExportsThroughTheConfigurationApiWhenThePackageExportIsMissing() throws Exception {
    server.inject(Fault.packageExportMissing());

    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--fallback", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.path("method").asText()).isEqualTo("CONFIGURATION_EXPORT");
    Path kept = dir.resolve("worktype-matter-uat.json");
    assertThat(report.path("file").asText()).isEqualTo(kept.toString());
    assertThat(Files.readString(kept)).contains("\"BaseSharedo\"");
    assertThat(dir.resolve("worktype-matter-uat.zip")).doesNotExist();
  }

  @Test
  void fallbackReportPrintsTheJsonFileItKept() throws Exception {
    server.inject(Fault.packageExportMissing());

    CliRun run = cli(connect("uat"), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.toString(), "--fallback", "--progress", "plain");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("file        " + dir.resolve("worktype-matter-uat.json"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(dir.resolve("worktype-matter-uat.json"));
    }
  }

  @Test
  void wrongSecretIsAnAuthenticationErrorAndIsNeverPrinted() {
    String wrong = "wrong-secret-5d41402abc";
    CliRun run = CliRun.run("export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.toString(), "--server", server.baseUrl("uat").toString(), "--client-id", server.clientId(),
        "--client-secret", wrong, "--identity-url", server.identityUrl().toString(), "--json",
        "--journal", journal.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).startsWith("EXPORT_008: ").contains("hint: check --token");
    assertThat(run.all()).doesNotContain(wrong);
  }

  @Test
  void tokenFromTheEnvironmentIsUsedAndNeverPrinted() throws Exception {
    String token = fetchToken();

    CliRun run = CliRun.runWithEnv(Map.of("SHAREDO_TOKEN", token), "export", "--type", "worktype",
        "--system-name", "dispute", "--environment", "uat", "--out", dir.toString(),
        "--server", server.baseUrl("uat").toString(), "--json", "--progress", "plain",
        "--journal", journal.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.all()).doesNotContain(token);
    assertThat(dir.resolve("worktype-dispute-uat.zip")).isRegularFile();
  }

  @Test
  void compareOfOneEnvironmentWithItselfExitsZero() {
    CliRun run = cli(connect("uat"), "compare", "--type", "worktype", "--system-name", "matter",
        "--left", "uat", "--right", "uat");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("No differences");
  }

  @Test
  void batchKeepsInputOrderReportsMixedFailuresAndExitsThree() throws Exception {
    Path items = Files.writeString(dir.resolve("items.csv"), String.join("\n",
        "type,systemName,environment",
        "worktype,matter,uat",
        "worktype,no-such-work-type,uat",
        "worktype,dispute,uat",
        "configuration,Core.Case,uat"));

    CliRun run = cli(connect("uat"), "batch", "--items", items.toString(), "--concurrency", "3", "--json");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    JsonNode json = JSON.readTree(run.out());
    assertThat(json.path("total").asInt()).isEqualTo(4);
    assertThat(json.path("failed").asInt()).isEqualTo(1);
    List<String> order = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    for (JsonNode item : json.path("items")) {
      order.add(item.path("systemName").asText());
      statuses.add(item.path("status").asText());
    }
    assertThat(order).containsExactly("matter", "no-such-work-type", "dispute", "Core.Case");
    assertThat(statuses).containsExactly("ok", "failed", "ok", "ok");
    assertThat(json.path("items").get(1).path("code").asText()).startsWith("EXPORT_00");
    assertThat(run.err()).contains("hint (EXPORT_00");
  }

  @Test
  void batchWithAJobThatFailsOnTheServerReportsItInItsPlace() throws Exception {
    Path items = Files.writeString(dir.resolve("items.csv"), "worktype,matter,uat\nworktype,dispute,uat\n"
        + "configuration,Core.Case,uat\n");
    // One at a time, so "the next job" is the first item's.
    server.injectForNextJob(Fault.jobFails("the export worker ran out of disk"));

    CliRun run = cli(connect("uat"), "batch", "--items", items.toString(), "--concurrency", "1");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).contains("matter", "FAILED", "EXPORT_003", "ran out of disk");
    assertThat(lines.get(1)).contains("dispute", "ok");
    assertThat(lines.get(2)).contains("Core.Case", "ok");
    assertThat(lines.get(3)).startsWith("3 items: 2 succeeded, 1 failed");
    assertThat(run.err()).contains("hint (EXPORT_003)");
  }

  @Test
  void compareExitsThreeWhenAnExportFails() {
    server.inject(Fault.jobFails("maintenance window"));

    CliRun run = cli(connect("uat"), "compare", "--type", "worktype", "--system-name", "matter",
        "--left", "uat", "--right", "uat", "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).startsWith("EXPORT_003: ").contains("hint: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void progressBarRedrawsOneLineOnStandardError() {
    CliRun run = cli(connect("uat"), "export", "--type", "configuration", "--system-name", "Core.Case",
        "--environment", "uat", "--out", dir.toString(), "--progress", "bar");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("100%", "done in").endsWith("\n");
    assertThat(run.err().chars().filter(c -> c == '\n').count()).as("line breaks").isEqualTo(1);
    assertThat(run.out()).doesNotContain("\r", "\u001b");
  }

  @Test
  void batchOfGoodItemsPrintsOneLinePerItemAndExitsZero() throws Exception {
    Path items = Files.writeString(dir.resolve("items.jsonl"), String.join("\n",
        "{\"type\":\"worktype\",\"systemName\":\"matter\",\"environment\":\"uat\"}",
        "{\"type\":\"worktype\",\"systemName\":\"dispute\",\"environment\":\"uat\"}"));

    CliRun run = cli(connect("uat"), "batch", "--items", items.toString(), "--progress", "plain");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("matter ").contains("ok");
    assertThat(lines.get(1)).contains("dispute").contains("ok");
    assertThat(lines.get(2)).isEqualTo(lines.get(2)).startsWith("2 items: 2 succeeded, 0 failed");
    assertThat(run.err()).contains("[1/2]", "[2/2]");
  }

  @Test
  void batchWithOutKeepsOnePackagePerItemUnderDistinctNames() throws Exception {
    Path items = Files.writeString(dir.resolve("twice.csv"), "worktype,matter,uat\nworktype,matter,uat\n");
    Path out = dir.resolve("batch-out");

    CliRun run = cli(connect("uat"), "batch", "--items", items.toString(), "--out", out.toString(), "--progress",
        "none");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("worktype-matter-uat.zip")).isRegularFile();
    assertThat(out.resolve("worktype-matter-uat-2.zip")).isRegularFile();
    assertThat(run.out()).contains("-> " + out.resolve("worktype-matter-uat-2.zip"));
  }

  @Test
  void statusAndCancelOfAJobCreatedOnTheSameServer() throws Exception {
    server.injectForNextJob(Fault.jobNeverFinishes());
    ExportJob job;
    try (ShareDoExportClient client = client()) {
      job = client.createJob(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"));
    }

    CliRun status = cli(connect("uat"), "status", job.jobId(), "--json");
    CliRun cancel = cli(connect("uat"), "cancel", job.jobId());
    CliRun after = cli(connect("uat"), "status", job.jobId());

    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(JSON.readTree(status.out()).path("jobId").asText()).isEqualTo(job.jobId());
    assertThat(cancel.exitCode()).as(cancel.toString()).isZero();
    assertThat(cancel.out()).contains("cancel acknowledged");
    assertThat(after.out()).contains(job.jobId(), "CANCELLED");
    assertThat(server.job(job.jobId()).orElseThrow().state()).isEqualTo(JobView.State.CANCELLED);
  }

  @Test
  void statusOfAnUnknownJobIsExportZeroZeroThree() {
    CliRun run = cli(connect("uat"), "status", "no-such-job");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).startsWith("EXPORT_003: ");
  }

  @Test
  void recoverWithAnEmptyJournalHasNothingToDo() {
    CliRun run = cli(connect("uat"), "recover", "--journal", journal.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("no interrupted exports");
  }

  private static ShareDoExportClient client() {
    return ShareDoExportClient.builder()
        .environment("uat", Environment.builder(server.baseUrl("uat"))
            .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
            .build())
        .build();
  }

  private static String fetchToken() throws Exception {
    String form = "grant_type=client_credentials&scope=sharedo&client_id="
        + URLEncoder.encode(server.clientId(), StandardCharsets.UTF_8) + "&client_secret="
        + URLEncoder.encode(server.clientSecret(), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.identityUrl() + "/connect/token"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body()).path("access_token").asText();
  }
}
