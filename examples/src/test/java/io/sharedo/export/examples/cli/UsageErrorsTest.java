package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors end with exit 2, one error line and one hint line, before any server is contacted. */
class UsageErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "frobnicate",
      "export --type worktype --system-name matter --environment uat",
      "export --type spaceship --system-name matter --environment uat --out x",
      "export --type worktype --system-name matter --environment uat --out x --token abcdef",
      "export --type worktype --system-name matter --environment uat --out x --server ftp://host --token abcdef",
      "export --type worktype --system-name matter --environment uat --out x --server http://host",
      "export --type worktype --system-name matter --environment uat --out x --server http://host --client-id c",
      "export --type worktype --system-name matter --environment uat --out x --server http://host --client-id c"
          + " --client-secret abcdef",
      "export --type worktype --system-name matter --environment uat --out x --server http://host --client-id c"
          + " --token abcdef",
      "compare --type worktype --system-name matter --left uat",
      "compare --left-package a.zip",
      "compare --left-package a.zip --right-package b.zip --left uat",
      "compare --type worktype --system-name matter --left uat --right vnext --format pdf",
      "compare --type worktype --system-name matter --left uat --right vnext --json --format html",
      "batch",
      "batch --items x.csv --include-dependencies --no-include-dependencies",
      "batch --items missing.csv",
      "status",
      "cancel",
      "export --progress sideways --type worktype --system-name matter --environment uat --out x",
  })
  void endsWithExitTwoAndAOneLineHint(String commandLine) {
    CliRun run = CliRun.run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines()).as(run.toString()).hasSize(2);
    assertThat(run.err().lines().findFirst().orElseThrow()).startsWith("error: ");
    assertThat(run.err()).contains("hint: run 'sharedo-export");
    if (commandLine.contains("--json")) {
      assertThat(run.out()).as("a document for the script reading it").contains("\"code\" : \"USAGE\"");
    } else {
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void namesTheBadLineOfAnItemsFile(@TempDir Path dir) throws Exception {
    Path items = Files.writeString(dir.resolve("items.csv"), "worktype,matter,uat\nworktype,matter\n");

    CliRun run = CliRun.run("batch", "--items", items.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("items.csv line 2: expected 3 fields");
  }

  @Test
  void namesAMisspeltSubcommandBeforeTheOptionsAfterIt() {
    CliRun run = CliRun.run("exprt", "--type", "worktype");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .isEqualTo("error: unknown command 'exprt' (did you mean export?)");
  }

  @Test
  void suggestsNothingForAWordNearNoCommand() {
    CliRun run = CliRun.run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines().findFirst().orElseThrow()).isEqualTo("error: unknown command 'frobnicate'");
  }

  @Test
  void listsTheTypesInLowerCaseAsHelpDoes() {
    CliRun run = CliRun.run("export", "--type", "banana", "--system-name", "m", "--environment", "uat", "--out", "x");
    CliRun help = CliRun.run("export", "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unknown type 'banana' (expected worktype, workflow, form or configuration)")
        .doesNotContain("WORKTYPE");
    assertThat(help.out().replaceAll("\\s+", " ")).contains("worktype, workflow, form or configuration");
  }

  @Test
  void recoverHelpSaysWhatTheJournalIsForRecover() {
    CliRun help = CliRun.run("recover", "--help");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("--journal=DIR", "recover reads them from there and finishes them")
        .doesNotContain("for recover");
  }

  @Test
  void saysAMalformedJsonItemIsNotJsonWithoutJacksonInternals(@TempDir Path dir) throws Exception {
    Path items = Files.writeString(dir.resolve("items.jsonl"), "{\"type\":\"worktype\", systemName}\n");

    CliRun run = CliRun.run("batch", "--items", items.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("items.jsonl line 1: not valid JSON at column")
        .doesNotContain("StreamReadFeature").doesNotContain("REDACTED");
  }

  @Test
  void helpAndVersionExitZero() {
    CliRun help = CliRun.run("--help");
    CliRun exportHelp = CliRun.run("export", "--help");
    CliRun version = CliRun.run("--version");

    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("export", "compare", "batch", "status", "cancel", "recover");
    assertThat(exportHelp.exitCode()).isZero();
    assertThat(exportHelp.out()).contains("--system-name", "--include-dependencies", "--no-include-dependencies", "--fallback", "--json");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).contains("sharedo-export");
  }

  @Test
  void versionIsTheVersionOfTheBuild() {
    String buildVersion = System.getProperty("sharedo-export.version");
    assertThat(buildVersion).as("set by the examples POM's surefire configuration").isNotBlank();

    CliRun version = CliRun.run("--version");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out().strip()).isEqualTo("sharedo-export " + buildVersion);
  }

  @Test
  void neverEchoesSecretsInUsageErrors() {
    String token = "tok-9f8e7d6c5b4a";
    String secret = "sec-0a1b2c3d4e5f";
    CliRun misspelt = CliRun.run("export", "--type", "worktype", "--system-name", "m", "--environment", "uat",
        "--out", "x", "--server", "http://host", "--tokne", token);
    CliRun unmatched = CliRun.run("status", "job-1", "--server", "http://host", "--client-id", "c",
        "--client-secret=" + secret, secret);
    CliRun fromEnv = CliRun.runWithEnv(Map.of("SHAREDO_TOKEN", token), "status", "job-1", token);

    for (CliRun run : new CliRun[] {misspelt, unmatched, fromEnv}) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.all()).doesNotContain(token).doesNotContain(secret);
    }
    assertThat(misspelt.err()).contains("unknown option '--tokne'", "did you mean --token");
  }

  @Test
  void neverEchoesTheRestOfAnUnquotedSecretTheShellSplit() {
    CliRun split = CliRun.run("export", "--type", "worktype", "--system-name", "m", "--environment", "uat",
        "--out", "x", "--server", "http://host", "--token", "abc", "s3cr3tTail");
    CliRun splitAfterEquals = CliRun.run("status", "job-1", "--server", "http://host", "--client-id", "c",
        "--client-secret=abc", "s3cr3tTail", "--json");
    CliRun splitBeforeADash = CliRun.run("status", "job-1", "--server", "http://host", "--token", "abc",
        "-s3cr3tDash");

    assertThat(split.exitCode()).as(split.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(split.err()).contains("unexpected argument after the value of --token", "quote a value")
        .doesNotContain("s3cr3tTail");
    assertThat(splitAfterEquals.exitCode()).as(splitAfterEquals.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(splitAfterEquals.all()).contains("after the value of --client-secret").doesNotContain("s3cr3tTail");
    assertThat(splitBeforeADash.exitCode()).as(splitBeforeADash.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(splitBeforeADash.err()).contains("after the value of --token").doesNotContain("s3cr3tDash");
    CliRun splitTwice = CliRun.run("status", "job-1", "--server", "http://host", "--token", "abc", "s3cr3tTail",
        "s3cr3tMore");
    assertThat(splitTwice.err()).contains("2 unexpected arguments after the value of --token (not shown: they may be")
        .doesNotContain("s3cr3tTail").doesNotContain("s3cr3tMore");
  }

  @Test
  void stillEchoesUnexpectedArgumentsThatFollowNoSecretValue() {
    CliRun afterAnOption = CliRun.run("status", "job-1", "--server", "http://host", "--token", "abcd", "--json",
        "extraWord");
    CliRun afterAPlacedJobId = CliRun.run("status", "--server", "http://host", "--token", "abcd", "job-1",
        "extraWord");
    CliRun besideAHiddenOne = CliRun.run("status", "job-1", "extraWord", "--server", "http://host", "--token", "abc",
        "s3cr3tTail");

    assertThat(afterAnOption.all()).contains("unexpected argument 'extraWord'");
    assertThat(afterAPlacedJobId.exitCode()).as(afterAPlacedJobId.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(afterAPlacedJobId.err()).contains("unexpected argument 'extraWord'").doesNotContain("not shown");
    assertThat(besideAHiddenOne.err()).contains("unexpected argument 'extraWord'",
        "also an unexpected argument after the value of --token").doesNotContain("s3cr3tTail");
  }

  @Test
  void everyOptionThatTakesATokenOrSecretIsOneTheToolMasks() {
    Pattern secretOption = Pattern.compile("--[a-z-]*(?:token|secret)[a-z-]*");
    Set<String> found = new TreeSet<>();
    for (String command : List.of("export", "compare", "batch", "status", "cancel", "recover", "inspect")) {
      Matcher matcher = secretOption.matcher(CliRun.run(command, "--help").out());
      while (matcher.find()) {
        found.add(matcher.group());
      }
    }

    assertThat(found).as("options named for a token or secret, in the subcommands' help").isNotEmpty();
    assertThat(Secrets.SECRET_OPTIONS).as("Secrets must mask the value of each of them").containsAll(found);
  }

  @Test
  void readsNoArgumentsFromAnAtFileWhoseSecretsItCouldNotMask(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("args.txt"), "--token abc s3cr3tTail\n");

    CliRun run = CliRun.run("export", "--type", "worktype", "--system-name", "m", "--environment", "uat", "--out", "x",
        "--server", "http://host", "@" + file);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("unexpected argument '@" + file + "'");
    assertThat(run.all()).doesNotContain("s3cr3tTail");
  }
}
