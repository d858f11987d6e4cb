package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageContentTest {
  private static final List<String> SECTIONS = List.of("BaseSharedo", "PhasePlan", "Phases", "PhaseTransitions",
      "Relationships", "WorkScheduling", "OldEnabledFeatures", "FeatureFrameworkEntries", "FeatureFlagEntries",
      "SharedoTypeRoles", "RoleAssociations", "RoleSourcingRules", "RoleSourcingAncestorRestrictions",
      "RoleSourcingRoleRestrictions", "RoleSourcingOdsConnections", "DataQualityRules",
      "DataQualityBusinessRules", "Aspects", "AspectStripingRules", "AspectStripingRuleSelections",
      "SharedoTypeRolePermissions", "SyncRules", "TitleGenerator", "ReferenceGenerator", "TypeScopeBindings",
      "RoleScopeBindings", "Menus", "MenuItems", "MenuItemBusinessRules", "UiOperations", "Breadcrumbs",
      "CalculatedFields", "PhaseTransitionGuards", "KeyDateAssociations", "KeyDateAssociationCategories",
      "KeyDateAssociationDisplayRules", "RoleMenus", "DynamicMenus", "ConventionalPermissions");

  private static FakeShareDoServer server;
  private static Wire wire;

  @BeforeAll
  static void start() {
    server = FakeShareDoServer.builder().demoData()
        .environment("custom", env -> env.exportedFrom("Custom QA").sharedoVersion("7.9.1.3")
            .workType("claim", w -> w.name("Claim").shortName("CLM").parent("matter")
                .phase(PhaseModel.of("claim-new", "New").withStart(true))
                .role(RoleModel.of("handler").withMandatory(true))
                .rolePermission(RolePermissionModel.of("core.read", "handler")
                    .withId(UUID.fromString("9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3")))
                .section("Menus", "[{\"SystemName\":\"claim-menu\"}]")
                .section("FutureSection", "{\"Added\":true}"))
            .workType("matter", w -> w.name("Matter"))
            .rawStep(RawStepModel.of("portal", "client-portal", "The 'client-portal' portal", "{\"Title\":\"Portal\"}")))
        .progressPerPoll(100)
        .start();
    wire = new Wire(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String items(String... providerAndName) {
    List<String> items = new ArrayList<>();
    for (String pn : providerAndName) {
      String[] p = pn.split(":");
      items.add("{\"systemName\":\"" + p[0] + "\",\"selector\":{\"systemName\":\"" + p[1] + "\"}}");
    }
    return "{\"exportConfigName\":\"VeryBasic\",\"items\":[" + String.join(",", items) + "]}";
  }

  private byte[] export(String env, String body) {
    HttpResponse<String> created = wire.post(env, Wire.API + "/package", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String job = Wire.json(created.body()).get("exportJobId").asText();
    wire.pollUntilFinished(env, job);
    return wire.download(env, job).body();
  }

  @Test
  void packageHasTheRealLayoutWithDeflatedCrlfPascalCaseJson(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("package.zip"), export("uat", items("sharedo-type:matter")));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<String> names = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
      JsonNode step = Wire.json(read(zip, "manifest.json")).get("ExportedSteps").get(0);
      String stepFile = "data/" + step.get("StorageFilename").asText();
      assertThat(names).containsExactly("data/", "files/", "manifest.json", stepFile);
      assertThat(zip.getEntry("data/").isDirectory()).isTrue();
      assertThat(zip.getEntry("manifest.json").getMethod()).isEqualTo(ZipEntry.DEFLATED);
      assertThat(zip.getEntry(stepFile).getMethod()).isEqualTo(ZipEntry.DEFLATED);
      String manifest = read(zip, "manifest.json");
      assertThat(manifest).startsWith("{\r\n  \"Name\": \"VeryBasic\",\r\n").contains("\"Files\": [],\r\n")
          .doesNotContain("\n\n").doesNotContain(" : ");
      assertThat(manifest.replace("\r\n", "")).doesNotContain("\n");
      assertThat(read(zip, stepFile)).startsWith("{\r\n  \"BaseSharedo\": {\r\n    \"SystemName\": \"matter\",");
    }
  }

  @Test
  void manifestHasTheObservedFieldsAndAFreshStepIdPerJob() throws Exception {
    Packages.Opened first = Packages.open(export("uat", items("sharedo-type:matter")));
    Packages.Opened second = Packages.open(export("uat", items("sharedo-type:matter")));
    JsonNode m = first.manifest();
    assertThat(m.get("Name").asText()).isEqualTo("VeryBasic");
    assertThat(m.get("CreatedBy").asText()).isEqualTo(server.clientId());
    assertThat(m.get("ExportedFrom").asText()).isEqualTo("Acme UAT");
    assertThat(m.get("CreatedOn").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}Z");
    assertThat(m.get("SharedoVersion").toString())
        .isEqualTo("{\"Major\":7,\"Minor\":9,\"Build\":0,\"Revision\":0,\"MajorRevision\":0,\"MinorRevision\":0}");
    assertThat(m.get("Files").isArray()).isTrue();
    assertThat(m.get("Files")).isEmpty();
    JsonNode step = m.get("ExportedSteps").get(0);
    String id = step.get("Id").asText();
    assertThat(UUID.fromString(id).toString()).isEqualTo(id);
    assertThat(step.get("Description").asText()).isEqualTo("The 'matter' work type");
    assertThat(step.get("ExportProviderSystemName").asText()).isEqualTo("sharedo-type");
    assertThat(step.get("ExportProviderSelectorJson").asText()).isEqualTo("{\r\n  \"systemName\": \"matter\"\r\n}");
    assertThat(step.get("StorageFilename").asText()).isEqualTo("sharedo-type-matter-" + id + ".json");
    assertThat(m.get("ExportedSteps")).hasSize(1);
    JsonNode again = second.manifest().get("ExportedSteps").get(0);
    assertThat(again.get("Id").asText()).isNotEqualTo(id);
    assertThat(second.json("data/" + again.get("StorageFilename").asText()))
        .isEqualTo(first.json("data/" + step.get("StorageFilename").asText()));
  }

  @Test
  void dependenciesListWhatTheWorkTypeNeedsMostlyNotIncluded() throws Exception {
    JsonNode step = Packages.open(export("uat", items("sharedo-type:matter"))).manifest().get("ExportedSteps").get(0);
    JsonNode mandatory = step.get("Dependencies").get("Mandatory");
    JsonNode recommended = step.get("Dependencies").get("Recommended");
    assertThat(recommended.findValuesAsText("SystemName")).contains("global-feature");
    JsonNode feature = recommended.get(0);
    assertThat(feature.get("PackageStepId").isNull()).isTrue();
    assertThat(feature.get("Dependency").get("Selector").toString()).isEqualTo("{\"SystemName\":\"Core.Case\"}");
    assertThat(feature.get("Dependency").get("Reason").asText()).contains("global feature");
    assertThat(feature.get("Dependency").get("Description").asText()).isEqualTo("The 'Core.Case' global feature");
    assertThat(feature.get("Dependency").has("AdditionalData")).isTrue();
    List<String> providers = new ArrayList<>();
    int included = 0;
    for (JsonNode d : mandatory) {
      providers.add(d.get("Dependency").get("SystemName").asText());
      if (!d.get("PackageStepId").isNull()) {
        included++;
        assertThat(d.get("PackageStepId").asText()).isEqualTo(step.get("Id").asText());
      }
    }
    assertThat(providers).contains("sharedo-type", "participant-role", "permission", "option-set");
    assertThat(mandatory.size()).isGreaterThan(15);
    assertThat(included).isEqualTo(1);
  }

  @Test
  void aDependencyOnAnotherRequestedItemNamesItsStep() throws Exception {
    JsonNode steps = Packages.open(export("custom", items("sharedo-type:claim", "sharedo-type:matter")))
        .manifest().get("ExportedSteps");
    String matterId = steps.get(1).get("Id").asText();
    List<String> parentLinks = new ArrayList<>();
    for (JsonNode d : steps.get(0).get("Dependencies").get("Mandatory")) {
      if (d.get("Dependency").get("Selector").path("SystemName").asText().equals("matter")) {
        parentLinks.add(d.get("PackageStepId").asText());
      }
    }
    assertThat(parentLinks).containsExactly(matterId);
  }

  @Test
  void workTypeStepFileHasAll39SectionsInOrder() throws Exception {
    Packages.Opened p = Packages.open(export("custom", items("sharedo-type:claim")));
    JsonNode step = p.json("data/" + p.manifest().get("ExportedSteps").get(0).get("StorageFilename").asText());
    List<String> names = new ArrayList<>();
    step.fieldNames().forEachRemaining(names::add);
    List<String> expected = new ArrayList<>(SECTIONS);
    expected.add("FutureSection");
    assertThat(names).containsExactlyElementsOf(expected);
    assertThat(step.get("Relationships").isArray()).isTrue();
    assertThat(step.get("Relationships")).isEmpty();
    assertThat(step.get("WorkScheduling").isNull()).isTrue();
    assertThat(step.get("ReferenceGenerator").isNull()).isTrue();
    assertThat(step.get("Menus").get(0).get("SystemName").asText()).isEqualTo("claim-menu");
    JsonNode base = step.get("BaseSharedo");
    assertThat(base.get("SystemName").asText()).isEqualTo("claim");
    assertThat(base.get("SystemNamePath").asText()).isEqualTo("/matter/claim/");
    assertThat(base.get("ParentSystemName").asText()).isEqualTo("matter");
    assertThat(base.get("ShortName").asText()).isEqualTo("CLM");
    assertThat(base.get("Description").isNull()).isTrue();
    assertThat(base.get("IsActive").asBoolean()).isTrue();
    assertThat(base.get("IsAbstract").asBoolean()).isFalse();
    assertThat(step.get("PhasePlan").toString())
        .isEqualTo("{\"SystemName\":\"claim-phase-plan\",\"SharedoTypeSystemName\":\"claim\",\"Name\":\"Claim\"}");
    assertThat(step.get("Phases").get(0).toString()).isEqualTo("{\"SystemName\":\"claim-new\",\"PhasePlanSystemName\":"
        + "\"claim-phase-plan\",\"Name\":\"New\",\"IsStart\":true,\"IsOpen\":true,\"IsRemoved\":false,"
        + "\"ExpectedDurationSeconds\":null}");
    assertThat(step.get("SharedoTypeRoles").get(0).toString()).isEqualTo("{\"SharedoTypeSystemName\":\"claim\","
        + "\"ParticipantRoleSystemName\":\"handler\",\"IsMandatory\":true,\"IsActive\":true,\"CanHaveMultiple\":false}");
    assertThat(step.get("SharedoTypeRolePermissions").get(0).toString()).isEqualTo("{\"SharedoTypeSystemName\":"
        + "\"claim\",\"PermissionSystemName\":\"core.read\",\"ParticipantRoleSystemName\":\"handler\","
        + "\"PhaseSystemName\":null,\"UserOnly\":false,\"Id\":\"9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3\"}");
  }

  @Test
  void manifestCarriesTheEnvironmentsVersionAndName() throws Exception {
    JsonNode m = Packages.open(export("custom", items("sharedo-type:claim"))).manifest();
    assertThat(m.get("ExportedFrom").asText()).isEqualTo("Custom QA");
    assertThat(m.get("SharedoVersion").get("Minor").asInt()).isEqualTo(9);
    assertThat(m.get("SharedoVersion").get("Revision").asInt()).isEqualTo(3);
  }

  @Test
  void rawStepsOfOtherProvidersAreExportedAsGiven() throws Exception {
    Packages.Opened p = Packages.open(export("custom", items("portal:client-portal")));
    JsonNode step = p.manifest().get("ExportedSteps").get(0);
    assertThat(step.get("ExportProviderSystemName").asText()).isEqualTo("portal");
    assertThat(step.get("StorageFilename").asText()).startsWith("portal-client-portal-");
    assertThat(p.json("data/" + step.get("StorageFilename").asText()).get("Title").asText()).isEqualTo("Portal");
  }

  @Test
  void onlyTheRequestedItemIsExportedWhateverIncludeDependenciesSays() throws Exception {
    Packages.Opened p = Packages.open(export("uat", Wire.createBody("dispute", true)));
    assertThat(p.manifest().get("ExportedSteps")).hasSize(1);
    assertThat(p.entries().keySet().stream().filter(n -> n.startsWith("data/") && n.endsWith(".json"))).hasSize(1);
  }

  @Test
  void serverAssignedIdsAreStablePerEnvironmentAndDifferBetweenThem() throws Exception {
    JsonNode uat1 = stepOf("uat");
    JsonNode uat2 = stepOf("uat");
    JsonNode vnext = stepOf("vnext");
    assertThat(uat1.get("SharedoTypeRolePermissions").findValuesAsText("Id"))
        .isEqualTo(uat2.get("SharedoTypeRolePermissions").findValuesAsText("Id"));
    assertThat(uat1.get("SharedoTypeRolePermissions").findValuesAsText("Id"))
        .doesNotContainAnyElementsOf(vnext.get("SharedoTypeRolePermissions").findValuesAsText("Id"));
    assertThat(uat1.get("Aspects").findValuesAsText("Id"))
        .doesNotContainAnyElementsOf(vnext.get("Aspects").findValuesAsText("Id"));
  }

  private JsonNode stepOf(String env) throws Exception {
    Packages.Opened p = Packages.open(export(env, items("sharedo-type:matter")));
    return p.json("data/" + p.manifest().get("ExportedSteps").get(0).get("StorageFilename").asText());
  }

  private static String read(ZipFile zip, String name) throws Exception {
    return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
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

}
