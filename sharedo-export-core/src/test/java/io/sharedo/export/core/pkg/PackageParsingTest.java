package io.sharedo.export.core.pkg;

import static io.sharedo.export.core.pkg.TestPackages.manifest;
import static io.sharedo.export.core.pkg.TestPackages.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.component.DependencyKind;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.Phase;
import io.sharedo.export.component.PhasePlan;
import io.sharedo.export.component.PhaseTransition;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.RolePermission;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.component.WorkTypeRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real-format package becomes a manifest, typed work types and raw components, keeping every value. */
class PackageParsingTest {
  @TempDir Path dir;
  private final PackageReader reader = PackageReader.withDefaults();

  @Test
  void readsTheManifestAsRealServersWriteIt() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    assertThat(content.manifest().name()).isEqualTo("VeryBasic");
    assertThat(content.manifest().createdBy()).isEqualTo("exporter@acme.example");
    assertThat(content.manifest().exportedFrom()).isEqualTo("Acme UAT");
    assertThat(content.manifest().createdOn()).isEqualTo(Instant.parse("2026-11-28T10:15:02.1234567Z"));
    assertThat(content.manifest().sharedoVersion()).isEqualTo("7.9.0.0");
    assertThat(content.manifest().files()).isEmpty();
    ManifestStep step = content.manifest().steps().get(0);
    assertThat(step.id()).isEqualTo(TestPackages.WORK_TYPE_ID);
    assertThat(step.provider()).isEqualTo("sharedo-type");
    assertThat(step.selector()).isEqualTo(Map.of("systemName", "matter"));
    assertThat(step.storageFilename()).isEqualTo(TestPackages.WORK_TYPE_FILE);
  }

  @Test
  void tellsADependencyThePackageIncludesFromOneItLacks() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    ManifestStep step = content.manifest().steps().get(0);
    StepDependency feature = step.dependencies(DependencyKind.MANDATORY).get(0);
    assertThat(feature.provider()).isEqualTo("global-feature");
    assertThat(feature.identity()).isEqualTo("Core.Case");
    assertThat(feature.reason()).isEqualTo("Needed");
    assertThat(feature.included()).isTrue();
    assertThat(feature.packageStepId()).isEqualTo(TestPackages.FEATURE_ID);
    StepDependency portal = step.dependencies(DependencyKind.RECOMMENDED).get(0);
    assertThat(portal.included()).isFalse();
    assertThat(portal.selectorSystemName()).isNull();
    assertThat(portal.identity())
        .isEqualTo("{\"PortalContextPath\":null,\"SharedoTypeSystemName\":\"matter\",\"Title\":\"Matter portal\"}");
    assertThat(content.manifest().missingDependencies()).containsExactly(portal);
  }

  @Test
  void typesTheWorkTypeFromItsSections() {
    WorkType matter = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir).workTypes().get(0);

    assertThat(matter.systemName()).isEqualTo("matter");
    assertThat(matter.key().toString()).isEqualTo("sharedo-type/matter");
    assertThat(matter.name()).isEqualTo("Matter");
    assertThat(matter.shortName()).isEqualTo("Mat");
    assertThat(matter.description()).isEqualTo("This is the base type for a Matter");
    assertThat(matter.parentSystemName()).isNull();
    assertThat(matter.active()).isTrue();
    assertThat(matter.abstractType()).isTrue();
    assertThat(matter.phasePlan()).isEqualTo(new PhasePlan("matter-phase-plan", "Matter"));
    assertThat(matter.phases()).containsExactly(new Phase("matter-phase-plan-open", "Open", true, true, false),
        new Phase("matter-phase-plan-closed", "Closed", false, false, false));
    assertThat(matter.transitions()).containsExactly(new PhaseTransition("open-to-closed", "Close",
        "matter-phase-plan-open", "matter-phase-plan-closed", true));
    assertThat(matter.roles()).containsExactly(new WorkTypeRole("client", false, true, false),
        new WorkTypeRole("reviewer", true, true, true));
    assertThat(matter.rolePermissions()).containsExactly(new RolePermission("core.read", "client", null, false),
        new RolePermission("core.write", "reviewer", "matter-phase-plan-open", true));
  }

  @Test
  void keepsTheWholeStepAsPlainJavaValuesInFileOrder() {
    WorkType matter = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir).workTypes().get(0);

    Map<String, Object> properties = matter.properties();
    assertThat(properties.keySet()).containsExactly("BaseSharedo", "PhasePlan", "Phases", "PhaseTransitions",
        "Relationships", "SharedoTypeRoles", "SharedoTypeRolePermissions", "Aspects", "TitleGenerator",
        "ConventionalPermissions");
    assertThat(properties).containsEntry("TitleGenerator", null).containsEntry("Relationships", List.of());
    assertThat(properties.get("Aspects")).isEqualTo(List.of(Map.of("SharedoTypeSystemName", "matter",
        "Id", "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "AspectDefinitionSystemName", "key-dates", "ZoneName", "main",
        "DisplayPriority", 1)));
    @SuppressWarnings("unchecked")
    Map<String, Object> closed = ((List<Map<String, Object>>) properties.get("Phases")).get(1);
    assertThat(closed).containsEntry("ExpectedDurationSeconds", null);
  }

  @Test
  void keepsAnUnknownProviderAsARawComponent() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    RawComponent feature = content.others().get(0);
    assertThat(feature.provider()).isEqualTo("global-feature");
    assertThat(feature.identity()).isEqualTo("Core.Case");
    assertThat(feature.name()).isEqualTo("Core case");
    assertThat(feature.properties()).containsEntry("Settings", Map.of("Currency", "GBP", "Rate", 1.5));
    assertThat(content.allComponents()).hasSize(2);
  }

  @Test
  void acceptsByteOrderMarksAndCrlfLineEnds() {
    String crlfManifest = manifest(step("sharedo-type", TestPackages.WORK_TYPE_FILE, "matter"))
        .replace("\n", "\r\n");
    Path zip = TestPackages.folders()
        .add("manifest.json", withBom(crlfManifest))
        .add(TestPackages.WORK_TYPE_ENTRY, withBom(TestPackages.WORK_TYPE.replace("\n", "\r\n")))
        .writeTo(dir.resolve("p.zip"));

    ExportPackage content = reader.read(zip, dir);

    assertThat(content.workTypes()).extracting(WorkType::name).containsExactly("Matter");
  }

  @Test
  void acceptsAStepFileAtTheZipRoot() {
    Path zip = new TestZip()
        .add("manifest.json", manifest(step("sharedo-type", "matter.json", "matter")))
        .add("matter.json", TestPackages.WORK_TYPE)
        .writeTo(dir.resolve("p.zip"));

    assertThat(reader.read(zip, dir).workTypes()).extracting(WorkType::systemName).containsExactly("matter");
  }

  @Test
  void namesAWorkTypeWhoseSelectorHasNoSystemNameByItsBaseSharedo() {
    Path zip = TestPackages.folders()
        .add("manifest.json", manifest(step("3f0c2a51-8d1e-4b7a-9c6f-2e5d4a3b1c0f", "sharedo-type",
            "{\"Id\": \"3f0c2a51-8d1e-4b7a-9c6f-2e5d4a3b1c0f\"}", "t.json", null)))
        .add("data/t.json", TestPackages.WORK_TYPE)
        .writeTo(dir.resolve("p.zip"));

    assertThat(reader.read(zip, dir).workTypes().get(0).identity()).isEqualTo("matter");
  }

  @Test
  void identifiesAPortalStepByItsCanonicalSelector() {
    String selector = "{\r\n  \"Title\": \"Matter portal\",\r\n  \"SharedoTypeSystemName\": \"matter\",\r\n"
        + "  \"PortalContextPath\": null\r\n}";
    Path zip = TestPackages.folders()
        .add("manifest.json", manifest(step("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "portal", selector, "p.json",
            null)))
        .add("data/p.json", "{\"Title\": \"Matter portal\", \"Widgets\": []}")
        .writeTo(dir.resolve("p.zip"));

    RawComponent portal = reader.read(zip, dir).others("portal").get(0);

    assertThat(portal.identity())
        .isEqualTo("{\"PortalContextPath\":null,\"SharedoTypeSystemName\":\"matter\",\"Title\":\"Matter portal\"}");
    assertThat(portal.name()).isEqualTo("The step");
  }

  @Test
  void refusesAWorkTypeWithoutAnyNameNamingTheFile() {
    Path zip = TestPackages.folders()
        .add("manifest.json", manifest(step("a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d", "sharedo-type", "{}",
            "t.json", null)))
        .add("data/t.json", "{\"BaseSharedo\": {\"Name\": \"Nameless\"}}")
        .writeTo(dir.resolve("p.zip"));

    assertThatThrownBy(() -> reader.read(zip, dir))
        .isInstanceOfSatisfying(ExportException.class, e -> {
          assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
          assertThat(e.details()).containsEntry("entry", "data/t.json");
        })
        .hasMessageContaining("data/t.json").hasMessageContaining("BaseSharedo.SystemName");
  }

  @Test
  void refusesAStepFileThatIsNotJsonNamingTheFile() {
    Path zip = TestPackages.workTypeOnly().writeTo(dir.resolve("ok.zip"));
    Path broken = TestPackages.folders()
        .add("manifest.json", manifest(step("sharedo-type", "t.json", "matter")))
        .add("data/t.json", "{\"BaseSharedo\": {")
        .writeTo(dir.resolve("p.zip"));

    assertThat(reader.read(zip, dir).workTypes()).hasSize(1);
    assertThatThrownBy(() -> reader.read(broken, dir))
        .isInstanceOfSatisfying(ExportException.class,
            e -> assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED))
        .hasMessageContaining("data/t.json").hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesATypedSectionOfTheWrongShapeNamingIt() {
    Path zip = TestPackages.folders()
        .add("manifest.json", manifest(step("sharedo-type", "t.json", "matter")))
        .add("data/t.json", "{\"BaseSharedo\": {\"SystemName\": \"matter\"}, \"Phases\": [{\"SystemName\": \"open\","
            + " \"IsStart\": \"sometimes\"}]}")
        .writeTo(dir.resolve("p.zip"));

    assertThatThrownBy(() -> reader.read(zip, dir))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("data/t.json").hasMessageContaining("Phases[0].IsStart");
  }

  @Test
  void extractWritesEveryEntryAndReportsTheFileCount() throws Exception {
    Path target = dir.resolve("out/nested");

    ExtractedPackage extracted = reader.extract(TestPackages.valid().writeTo(dir.resolve("p.zip")), target);

    assertThat(extracted.files()).isEqualTo(3);
    assertThat(extracted.directory()).isEqualTo(target.toAbsolutePath().normalize());
    assertThat(Files.readString(target.resolve(TestPackages.WORK_TYPE_ENTRY))).isEqualTo(TestPackages.WORK_TYPE);
    assertThat(target.resolve("files")).isDirectory();
    assertThat(extracted.content().allComponents()).hasSize(2);
  }

  @Test
  void validateWritesNothing() throws Exception {
    Path zip = TestPackages.valid().writeTo(dir.resolve("p.zip"));

    reader.validate(zip);

    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(zip);
    }
  }

  @Test
  void parsesOneWorkTypeDocumentWithoutAPackage() {
    WorkType matter = StepParser.parseWorkType(TestPackages.WORK_TYPE, "the answer");

    assertThat(matter.systemName()).isEqualTo("matter");
    assertThat(matter.roles()).hasSize(2);
    assertThatThrownBy(() -> StepParser.parseWorkType("[1]", "the answer of uat"))
        .isInstanceOfSatisfying(ExportException.class,
            e -> assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED))
        .hasMessageContaining("the answer of uat holds an array");
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3 + body.length);
    System.arraycopy(body, 0, all, 3, body.length);
    return all;
  }
}
