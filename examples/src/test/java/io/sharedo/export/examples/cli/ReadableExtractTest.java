package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.testkit.FakeShareDoExtension;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --extract DIR}: the package left as readable, diffable files, against a fake server over sockets. */
class ReadableExtractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @RegisterExtension
  static final FakeShareDoExtension FAKE =
      FakeShareDoExtension.builder().demoData().jobDuration(Duration.ofMillis(300)).build();

  @TempDir
  Path dir;

  private CliRun export(Path extract, String... more) {
    FakeShareDoServer server = FAKE.server();
    List<String> args = new ArrayList<>(List.of("export", "--type", "worktype", "--system-name", "matter",
        "--environment", "uat", "--out", dir.resolve("packages").toString(), "--extract", extract.toString(),
        "--journal", dir.resolve("journal").toString(), "--server", server.baseUrl("uat").toString(),
        "--client-id", server.clientId(), "--client-secret", server.clientSecret(),
        "--identity-url", server.identityUrl().toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void leavesThePackageAsPrettyPrintedFilesNamedByProviderAndSystemName() throws Exception {
    Path readable = dir.resolve("readable");

    CliRun run = export(readable);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path folder = readable.resolve("worktype-matter-uat");
    assertThat(run.out()).contains("extracted   " + folder + " (");
    Map<String, String> files = files(folder);
    assertThat(files).containsKeys("manifest.json", "sharedo-type/matter.json");
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(file.getKey()).as("no GUID in the path").doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
      assertThat(file.getValue()).as(file.getKey()).doesNotContain("\r").endsWith("}\n").contains("\n  \"");
      JSON.readTree(file.getValue());
    }
  }

  @Test
  void twoExportsOfTheSameThingLandOnTheSamePaths() throws Exception {
    Path readable = dir.resolve("readable");
    assertThat(export(readable).exitCode()).isZero();
    Map<String, String> first = files(readable.resolve("worktype-matter-uat"));

    CliRun again = export(readable, "--json");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    JsonNode json = JSON.readTree(again.out());
    assertThat(json.path("extracted").asText()).isEqualTo(readable.resolve("worktype-matter-uat").toString());
    assertThat(files(readable.resolve("worktype-matter-uat")).keySet()).isEqualTo(first.keySet());
    try (Stream<Path> left = Files.list(readable)) {
      assertThat(left.map(p -> p.getFileName().toString())).as("no work folder left").containsExactly(
          "worktype-matter-uat");
    }
  }

  @Test
  void batchLeavesOneReadableFolderPerItemAndNoPackagesItWasNotAskedToKeep() throws Exception {
    FakeShareDoServer server = FAKE.server();
    Path items = Files.writeString(dir.resolve("items.csv"), "worktype,matter,uat\nworktype,dispute,uat\n");
    Path readable = dir.resolve("readable");

    CliRun run = CliRun.run("batch", "--items", items.toString(), "--extract", readable.toString(), "--json",
        "--journal", dir.resolve("journal").toString(), "--server", server.baseUrl("uat").toString(),
        "--client-id", server.clientId(), "--client-secret", server.clientSecret(),
        "--identity-url", server.identityUrl().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode outcomes = JSON.readTree(run.out()).path("items");
    assertThat(outcomes.get(0).path("extracted").asText()).isEqualTo(readable.resolve("worktype-matter-uat").toString());
    assertThat(outcomes.get(1).path("extracted").asText())
        .isEqualTo(readable.resolve("worktype-dispute-uat").toString());
    assertThat(outcomes.get(0).has("file")).as("the packages were only kept to unpack them").isFalse();
    assertThat(files(readable.resolve("worktype-dispute-uat"))).containsKeys("manifest.json",
        "sharedo-type/dispute.json");
  }

  private static Map<String, String> files(Path folder) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
