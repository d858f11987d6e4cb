package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.ImpersonationRequirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One server per environment, end to end: two fake servers as uat and vnext named in an
 * environments file (its default location too), and every way a command could otherwise borrow
 * another environment's server, refused with exit 2.
 */
class EnvironmentsFileTest {
  private static FakeShareDoServer uatServer;
  private static FakeShareDoServer vnextServer;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServers() {
    uatServer = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(200)).start();
    vnextServer = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(200))
        .credentials("vnext-client", "vnext-secret-8c1f").start();
  }

  @AfterAll
  static void stopServers() {
    uatServer.close();
    vnextServer.close();
  }

  @AfterEach
  void clearFaults() {
    uatServer.clearFaults();
    vnextServer.clearFaults();
  }

  /** The environment variables holding the secrets the file names. */
  private static Map<String, String> secrets() {
    return Map.of("UAT_SECRET", uatServer.clientSecret(), "VNEXT_SECRET", vnextServer.clientSecret());
  }

  private static String entry(FakeShareDoServer server, String environment, String variable) {
    return "{\"server\": \"" + server.baseUrl(environment) + "\", \"identityUrl\": \"" + server.identityUrl()
        + "\", \"clientId\": \"" + server.clientId() + "\", \"clientSecretEnv\": \"" + variable + "\"}";
  }

  private Path bothEnvironments(Path folder) throws Exception {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve("environments.json"), "{\"uat\": " + entry(uatServer, "uat", "UAT_SECRET")
        + ",\n \"vnext\": " + entry(vnextServer, "vnext", "VNEXT_SECRET") + "}");
  }

  private CliRun cli(Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--journal", dir.resolve("journal").toString()));
    return CliRun.runWithEnv(env, all.toArray(String[]::new));
  }

  @Test
  void compareWithOneServerForTwoEnvironmentsIsRefusedNotComparedWithItself() {
    CliRun run = CliRun.run("compare", "--type", "worktype", "--system-name", "matter", "--left", "uat",
        "--right", "vnext", "--server", uatServer.baseUrl("uat").toString(), "--token", "some-token-123");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--server is the server of one environment").contains("uat and vnext")
        .contains("--environments FILE");
    assertThat(run.out()).doesNotContain("No differences");
    assertThat(uatServer.requestCount(Endpoint.CREATE_JOB)).isZero();
  }

  @Test
  void environmentsFileGivesEachEnvironmentItsOwnServer() throws Exception {
    Path file = bothEnvironments(dir.resolve("config"));
    int uatJobs = uatServer.requestCount(Endpoint.CREATE_JOB);
    int vnextJobs = vnextServer.requestCount(Endpoint.CREATE_JOB);

    CliRun run = cli(secrets(), "compare", "--type", "worktype", "--system-name", "matter", "--left", "uat",
        "--right", "vnext", "--environments", file.toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(uatServer.requestCount(Endpoint.CREATE_JOB)).isEqualTo(uatJobs + 1);
    assertThat(vnextServer.requestCount(Endpoint.CREATE_JOB)).isEqualTo(vnextJobs + 1);
    assertThat(run.all()).doesNotContain(uatServer.clientSecret()).doesNotContain(vnextServer.clientSecret())
        .doesNotContain(ClientBackend.FAKE_SERVER_NOTICE);
  }

  @Test
  void defaultLocationUnderXdgConfigHomeIsUsedWhenPresent() throws Exception {
    bothEnvironments(dir.resolve("xdg").resolve("sharedo-export"));
    Map<String, String> env = new java.util.HashMap<>(secrets());
    env.put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
    int vnextJobs = vnextServer.requestCount(Endpoint.CREATE_JOB);

    CliRun run = cli(env, "export", "--type", "worktype", "--system-name", "matter", "--environment", "vnext",
        "--out", dir.resolve("out").toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(vnextServer.requestCount(Endpoint.CREATE_JOB)).isEqualTo(vnextJobs + 1);
    assertThat(dir.resolve("out").resolve("worktype-matter-vnext.zip")).isRegularFile();
  }

  @Test
  void environmentMissingFromTheFileIsAUsageErrorNotAnotherEnvironmentsServer() throws Exception {
    Path file = Files.writeString(dir.resolve("environments.json"), "{\"uat\": " + entry(uatServer, "uat",
        "UAT_SECRET") + "}");

    CliRun run = CliRun.runWithEnv(secrets(), "status", "job-1", "--environment", "vnext", "--environments",
        file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("environment 'vnext' has no server in " + file).contains("it has uat");
  }

  @Test
  void secretWrittenIntoTheFileIsRefusedAndNeverPrinted() throws Exception {
    Path file = Files.writeString(dir.resolve("environments.json"), "{\"uat\": {\"server\": \""
        + uatServer.baseUrl("uat") + "\", \"clientId\": \"x\", \"clientSecret\": \"inline-secret-77\"}}");

    CliRun run = cli(Map.of(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.toString(), "--environments", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("secrets are never stored in the file").contains("clientSecretEnv");
    assertThat(run.all()).doesNotContain("inline-secret-77");
  }

  @Test
  void unsetSecretVariableIsAUsageErrorNamingIt() throws Exception {
    Path file = bothEnvironments(dir.resolve("config"));

    CliRun run = cli(Map.of("UAT_SECRET", uatServer.clientSecret()), "export", "--type", "worktype",
        "--system-name", "matter", "--environment", "uat", "--out", dir.toString(), "--environments", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("VNEXT_SECRET").contains("is not set");
  }

  @Test
  void savedPackageComparesWithALiveEnvironment() throws Exception {
    Path file = bothEnvironments(dir.resolve("config"));
    CliRun saved = cli(secrets(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.resolve("baseline").toString(), "--environments", file.toString(), "--progress", "none");
    assertThat(saved.exitCode()).as(saved.toString()).isZero();
    Path baseline = dir.resolve("baseline").resolve("worktype-matter-uat.zip");

    CliRun run = cli(secrets(), "compare", "--left-package", baseline.toString(), "--right", "vnext", "--type",
        "worktype", "--system-name", "matter", "--environments", file.toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DIFFERENCES);
    assertThat(run.out()).contains("worktype-matter-uat.zip").contains("vnext");
  }

  @Test
  void serverAndEnvironmentsFileTogetherAreRefused() throws Exception {
    Path file = bothEnvironments(dir.resolve("config"));

    CliRun run = cli(secrets(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.toString(), "--environments", file.toString(), "--server", "https://x.example.com",
        "--token", "tok-12345");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("not both");
  }

  @Test
  void refusedGrantIsExportZeroZeroEightNamingTheGrant() throws Exception {
    // An identity server whose client must impersonate: it refuses the plain client-credentials grant.
    try (FakeShareDoServer strict = FakeShareDoServer.builder().demoData()
        .requireImpersonation(ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT).start()) {
      CliRun run = cli(Map.of(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
          "--out", dir.toString(), "--server", strict.baseUrl("uat").toString(), "--client-id",
          strict.clientId(), "--client-secret", strict.clientSecret(), "--identity-url",
          strict.identityUrl().toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err()).contains("EXPORT_008: the identity server refused the grant client_credentials");
      assertThat(run.all()).doesNotContain(strict.clientSecret());
    }
  }

  @Test
  void impersonationExportsFromAServerThatRefusesClientCredentials() throws Exception {
    try (FakeShareDoServer strict = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(200))
        .requireImpersonation(ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT).start()) {
      Path file = Files.writeString(dir.resolve("strict.json"), "{\"uat\": {\"server\": \"" + strict.baseUrl("uat")
          + "\", \"identityUrl\": \"" + strict.identityUrl() + "\", \"clientId\": \"" + strict.clientId()
          + "\", \"clientSecretEnv\": \"STRICT_SECRET\", \"impersonateUser\": \"ann@acme.example\","
          + " \"impersonateProvider\": \"sharedo\"}}");
      Map<String, String> env = Map.of("STRICT_SECRET", strict.clientSecret());

      CliRun fromFile = cli(env, "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
          "--out", dir.resolve("a").toString(), "--environments", file.toString(), "--progress", "none");
      CliRun fixed = cli(Map.of(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
          "--out", dir.resolve("b").toString(), "--server", strict.baseUrl("uat").toString(), "--client-id",
          strict.clientId(), "--client-secret", strict.clientSecret(), "--identity-url",
          strict.identityUrl().toString(), "--impersonate-fixed", "--progress", "none");

      assertThat(fromFile.exitCode()).as(fromFile.toString()).isZero();
      assertThat(fixed.exitCode()).as(fixed.toString()).isZero();
      assertThat(fromFile.all() + fixed.all()).doesNotContain(strict.clientSecret());
    }
  }

  @Test
  void failedFallbackPrintsBothFailuresAndNeverSuggestsTheFallback() {
    uatServer.inject(Fault.packageExportMissing());
    uatServer.inject(Fault.serverErrors(Endpoint.CONFIGURATION_EXPORT, 100));

    CliRun run = cli(Map.of(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.toString(), "--fallback", "--server", uatServer.baseUrl("uat").toString(), "--client-id",
        uatServer.clientId(), "--client-secret", uatServer.clientSecret(), "--identity-url",
        uatServer.identityUrl().toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).startsWith("EXPORT_001: ").contains("no package export")
        .contains("the fallback to the configuration export failed too: EXPORT_00")
        .contains("answered 500").contains(", the fallback): ").doesNotContain("allow the fallback")
        .doesNotContain("try --fallback");
  }

  @Test
  void baseUrlMissingItsPathNamesTheUrlAndHintsAtTheServerOption() {
    String root = "http://127.0.0.1:" + uatServer.port();

    CliRun run = cli(Map.of(), "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat",
        "--out", dir.toString(), "--server", root, "--client-id", uatServer.clientId(), "--client-secret",
        uatServer.clientSecret(), "--identity-url", uatServer.identityUrl().toString(), "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(run.err()).contains("no package export at " + root + "/api/modeller/importexport/export/package")
        .contains("hint: check the server's URL").contains("try --fallback");
  }

  @Test
  void batchAcrossEnvironmentsExportsEachItemFromItsEnvironmentsServer() throws Exception {
    Path file = bothEnvironments(dir.resolve("config"));
    Path items = Files.writeString(dir.resolve("items.csv"), "worktype,matter,uat\nworktype,matter,vnext\n");
    int uatJobs = uatServer.requestCount(Endpoint.CREATE_JOB);
    int vnextJobs = vnextServer.requestCount(Endpoint.CREATE_JOB);

    CliRun run = cli(secrets(), "batch", "--items", items.toString(), "--environments", file.toString(),
        "--progress", "none");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(uatServer.requestCount(Endpoint.CREATE_JOB)).isEqualTo(uatJobs + 1);
    assertThat(vnextServer.requestCount(Endpoint.CREATE_JOB)).isEqualTo(vnextJobs + 1);
  }

  @Test
  void batchAcrossEnvironmentsWithOneServerIsRefused() throws Exception {
    Path items = Files.writeString(dir.resolve("items.csv"), "worktype,matter,uat\nworktype,matter,vnext\n");

    CliRun run = cli(Map.of(), "batch", "--items", items.toString(), "--server", uatServer.baseUrl("uat").toString(),
        "--token", "some-token-123");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("uat and vnext");
  }
}
