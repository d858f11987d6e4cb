package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageContentTest {
  private static FakeShareDoServer server;
  private static Wire wire;

  @BeforeAll
  static void start() {
    server = FakeShareDoServer.builder().demoData()
        .environment("custom", env -> env
            .workType("claim", w -> w.name("Claim").attribute("amount", "decimal", true).roles("handler")
                .workflows("claim-flow").forms("claim-form").templates("claim-letter"))
            .workflow(Workflow.of("claim-flow", "Claim flow", WorkflowStep.of("start", "Start")))
            .form(Form.of("claim-form", "Claim form", new FormField("amount", "decimal", "Amount", true)))
            .template(Template.of("claim-letter", "Claim letter", "pdf")))
        .progressPerPoll(100)
        .start();
    wire = new Wire(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private byte[] export(String env, String body) {
    HttpResponse<String> created = wire.post(env, Wire.API + "/package", body);
    assertThat(created.statusCode()).isEqualTo(200);
    String job = Wire.json(created.body()).get("exportJobId").asText();
    wire.pollUntilFinished(env, job);
    return wire.download(env, job).body();
  }

  @Test
  void producedPackageOpensWithJavaUtilZipAndMatchesTheModel(@TempDir Path dir) throws Exception {
    byte[] bytes = export("uat", Wire.createBody("matter", true));
    Path file = Files.write(dir.resolve("package.zip"), bytes);
    EnvironmentModel model = server.environment("uat");
    WorkType matter = model.workType("matter").orElseThrow();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      JsonNode manifest = Wire.JSON.readTree(zip.getInputStream(zip.getEntry("manifest.json")));
      assertThat(manifest.get("packageFormatVersion").asInt()).isEqualTo(1);
      assertThat(manifest.get("environment").asText()).isEqualTo("uat");
      JobView job = server.job(manifest.get("exportJobId").asText()).orElseThrow();
      assertThat(job.items()).containsExactly("sharedo-type:matter");
      assertThat(job.packageSize()).isEqualTo(bytes.length);
      assertThat(manifest.get("createdAt").asText()).isNotEmpty();
      List<String> steps = new ArrayList<>();
      for (JsonNode step : manifest.get("ExportedSteps")) {
        String name = step.get("StorageFilename").asText();
        assertThat(zip.getEntry(name)).as(name).isNotNull();
        JsonNode component = Wire.JSON.readTree(zip.getInputStream(zip.getEntry(name)));
        assertThat(component.get("systemName").asText()).isEqualTo(step.get("SystemName").asText());
        steps.add(step.get("ExportProviderSystemName").asText() + ":" + step.get("SystemName").asText());
      }
      assertThat(steps).containsExactly("sharedo-type:matter", "sharedo-workflow:matter-intake",
          "sharedo-workflow:matter-closure", "sharedo-form:matter-details", "sharedo-form:conflict-check",
          "sharedo-option-set:matter-status", "sharedo-permission:matter-edit",
          "sharedo-template:client-care-letter");
      JsonNode first = manifest.get("ExportedSteps").get(0);
      assertThat(first.get("StorageFilename").asText()).isEqualTo("steps/0001-sharedo-type-matter.json");
      JsonNode workType = Wire.JSON.readTree(zip.getInputStream(zip.getEntry("steps/0001-sharedo-type-matter.json")));
      assertThat(workType.get("name").asText()).isEqualTo(matter.name());
      assertThat(workType.get("isActive").asBoolean()).isTrue();
      assertThat(workType.get("parentSystemName").isNull()).isTrue();
      assertThat(workType.get("attributes")).hasSize(matter.attributes().size());
      assertThat(workType.get("attributes").get(0).get("systemName").asText()).isEqualTo("matter-ref");
      assertThat(workType.get("attributes").get(0).get("type").asText()).isEqualTo("string");
      assertThat(workType.get("attributes").get(0).get("required").asBoolean()).isTrue();
      assertThat(workType.get("roles").findValuesAsText("roles")).isEmpty();
      assertThat(workType.get("roles").toString()).isEqualTo("[\"owner\",\"supervisor\"]");
      assertThat(workType.get("workflows").toString()).isEqualTo("[\"matter-intake\",\"matter-closure\"]");
      assertThat(workType.get("lastModified").asText()).isEqualTo(matter.lastModified().toString());
      JsonNode options = Wire.JSON.readTree(zip.getInputStream(zip.getEntry(
          "steps/0006-sharedo-option-set-matter-status.json"))).get("options");
      assertThat(options.get(1).get("label").asText()).isEqualTo("On hold");
      assertThat(options.get(1).get("isActive").asBoolean()).isTrue();
      JsonNode workflow = Wire.JSON.readTree(zip.getInputStream(zip.getEntry(
          "steps/0002-sharedo-workflow-matter-intake.json")));
      assertThat(workflow.get("steps").get(0).get("next").get(0).asText()).isEqualTo("conflict-check");
    }
  }

  @Test
  void withoutDependenciesOnlyTheItemIsExported() throws Exception {
    Packages.Opened p = Packages.open(export("uat", Wire.createBody("dispute", false)));
    assertThat(p.manifest().get("ExportedSteps")).hasSize(1);
    assertThat(p.json("steps/0001-sharedo-type-dispute.json").get("parentSystemName").asText()).isEqualTo("matter");
  }

  @Test
  void customEnvironmentServesItsOwnModel() throws Exception {
    Packages.Opened p = Packages.open(export("custom", Wire.createBody("claim", true)));
    assertThat(p.manifest().get("ExportedSteps").findValuesAsText("SystemName"))
        .containsExactly("claim", "claim-flow", "claim-form", "claim-letter");
    assertThat(p.json("steps/0004-sharedo-template-claim-letter.json").get("outputs").get(0).asText())
        .isEqualTo("pdf");
  }

  @Test
  void everyProviderCanBeExportedOnItsOwn() throws Exception {
    String body = "{\"exportConfigName\":\"x\",\"items\":["
        + "{\"systemName\":\"sharedo-workflow\",\"selector\":{\"systemName\":\"dispute-review\"}},"
        + "{\"systemName\":\"sharedo-form\",\"selector\":{\"systemName\":\"dispute-details\"}},"
        + "{\"systemName\":\"sharedo-option-set\",\"selector\":{\"systemName\":\"practice-area\"}},"
        + "{\"systemName\":\"sharedo-permission\",\"selector\":{\"systemName\":\"matter-view\"}},"
        + "{\"systemName\":\"sharedo-template\",\"selector\":{\"systemName\":\"engagement-letter\"}}]}";
    Packages.Opened p = Packages.open(export("uat", body));
    assertThat(p.manifest().get("ExportedSteps").findValuesAsText("ExportProviderSystemName")).containsExactly(
        "sharedo-workflow", "sharedo-form", "sharedo-option-set", "sharedo-permission", "sharedo-template");
    assertThat(p.json("steps/0004-sharedo-permission-matter-view.json").get("roles")).hasSize(3);
    assertThat(p.json("steps/0002-sharedo-form-dispute-details.json").get("fields").get(0).get("label").asText())
        .isEqualTo("Claim value");
  }

  @Test
  void globalFeatureExportsTheWholeEnvironment() throws Exception {
    String body = "{\"exportConfigName\":\"x\",\"items\":[{\"systemName\":\"global-feature\","
        + "\"selector\":{\"systemName\":\"all\"}}]}";
    Packages.Opened p = Packages.open(export("vnext", body));
    assertThat(p.manifest().get("ExportedSteps")).hasSize(2 + 4 + 2 + 2 + 2 + 2);
  }

  @Test
  void largePackageStreamsItsPaddingAndStillOpens(@TempDir Path dir) throws Exception {
    long padding = 32L << 20;
    try (FakeShareDoServer big = FakeShareDoServer.builder().largePackage(padding).progressPerPoll(100).start()) {
      Wire w = new Wire(big);
      String job = w.createJob("uat", "matter");
      w.pollUntilFinished("uat", job);
      Path file = dir.resolve("big.zip");
      HttpResponse<Path> r = w.http().send(w.downloadRequest("uat", job).build(),
          HttpResponse.BodyHandlers.ofFile(file));
      assertThat(r.statusCode()).isEqualTo(200);
      JobView view = big.job(job).orElseThrow();
      assertThat(Files.size(file)).isEqualTo(view.packageSize()).isGreaterThan(padding);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        assertThat(zip.getEntry("padding/large-package.bin").getSize()).isEqualTo(padding);
        assertThat(zip.getEntry("manifest.json")).isNotNull();
        try (java.io.InputStream in = zip.getInputStream(zip.getEntry("padding/large-package.bin"))) {
          assertThat(in.transferTo(java.io.OutputStream.nullOutputStream())).isEqualTo(padding);
        }
      }
      try (java.io.InputStream in = Files.newInputStream(file)) {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
          sha.update(buffer, 0, n);
        }
        assertThat(java.util.HexFormat.of().formatHex(sha.digest())).isEqualTo(view.packageSha256());
      }
    }
  }

  @Test
  void demoEnvironmentsDifferRealistically() {
    EnvironmentModel uat = server.environment("uat");
    EnvironmentModel vnext = server.environment("vnext");
    WorkType before = uat.workType("matter").orElseThrow();
    WorkType after = vnext.workType("matter").orElseThrow();
    assertThat(before.attributes()).contains(new Attribute("budget", "decimal", false));
    assertThat(after.attributes()).contains(new Attribute("budget", "decimal", true));
    assertThat(after.roles()).containsExactly("owner", "supervisor", "paralegal");
    assertThat(vnext.workflow("matter-review")).isPresent();
    assertThat(uat.workflow("matter-review")).isEmpty();
    assertThat(uat.form("conflict-check")).isPresent();
    assertThat(vnext.form("conflict-check")).isEmpty();
    assertThat(after.forms()).doesNotContain("conflict-check");
    assertThat(vnext.optionSet("matter-status").orElseThrow().options()).extracting(Option::systemName)
        .containsExactly("closed", "open", "on-hold");
    assertThat(vnext.optionSet("matter-status").orElseThrow().options()).extracting(Option::label)
        .contains("Paused");
    assertThat(vnext.workType("dispute")).isEqualTo(uat.workType("dispute"));
    assertThat(vnext.templates()).isEqualTo(uat.templates());
    assertThat(vnext.permissions()).isEqualTo(uat.permissions());
  }
}
