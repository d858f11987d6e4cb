package io.sharedo.export.core.pkg;

import static io.sharedo.export.core.pkg.TestPackages.manifest;
import static io.sharedo.export.core.pkg.TestPackages.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.component.Attribute;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.WorkType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A valid package becomes typed components; every component keeps its JSON as plain Java values. */
class PackageParsingTest {
  @TempDir Path dir;
  private final PackageReader reader = PackageReader.withDefaults();

  @Test
  void routesEveryProviderIntoItsTypedComponent() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    assertThat(content.manifest().packageFormatVersion()).isEqualTo(1);
    assertThat(content.manifest().exportJobId()).isEqualTo("3f6c-job");
    assertThat(content.manifest().environment()).isEqualTo("clientA-vnext");
    assertThat(content.manifest().createdAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    assertThat(content.manifest().steps()).hasSize(7)
        .first().isEqualTo(new ManifestStep("sharedo-type", TestPackages.WORK_TYPE_FILE, "matter"));

    WorkType matter = content.workTypes().get(0);
    assertThat(matter.systemName()).isEqualTo("matter");
    assertThat(matter.name()).isEqualTo("Matter");
    assertThat(matter.description()).isEqualTo("A legal matter");
    assertThat(matter.active()).isTrue();
    assertThat(matter.parentSystemName()).isNull();
    assertThat(matter.attributes()).containsExactly(
        new Attribute("matter-ref", "string", true), new Attribute("budget", "number", false));
    assertThat(matter.roles()).containsExactly("owner", "supervisor");
    assertThat(matter.workflows()).containsExactly("matter-intake");
    assertThat(matter.lastModified()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));

    assertThat(content.workflows()).singleElement().satisfies(w -> {
      assertThat(w.systemName()).isEqualTo("matter-intake");
      assertThat(w.steps()).containsExactly("open", "review");
    });
    assertThat(content.forms()).singleElement()
        .satisfies(f -> assertThat(f.fields()).containsExactly("client-name", "budget"));
    assertThat(content.optionSets()).singleElement()
        .satisfies(o -> assertThat(o.options()).containsExactly("high", "low"));
    assertThat(content.permissions()).singleElement()
        .satisfies(p -> assertThat(p.roles()).containsExactly("owner", "supervisor"));
    assertThat(content.templates()).singleElement()
        .satisfies(t -> assertThat(t.outputs()).containsExactly("docx", "pdf"));
  }

  @Test
  void keepsAnUnknownProviderAsARawComponent() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    RawComponent billing = content.others().get(0);
    assertThat(billing.provider()).isEqualTo("global-feature");
    assertThat(billing.systemName()).isEqualTo("billing");
    assertThat(billing.name()).isEqualTo("Billing");
    assertThat(billing.properties()).containsEntry("settings", Map.of("currency", "GBP", "rate", 1.5));
  }

  @Test
  void keepsTheCompleteJsonAsPlainJavaValues() {
    ExportPackage content = reader.read(TestPackages.valid().writeTo(dir.resolve("p.zip")), dir);

    Map<String, Object> properties = content.workTypes().get(0).properties();
    assertThat(properties).containsKeys("systemName", "attributes", "lastModified", "extra")
        .containsEntry("parentSystemName", null)
        .containsEntry("isActive", true);
    assertThat(properties.get("extra")).isEqualTo(Map.of("nested", Arrays.asList(1, 2.5, "three", false, null)));
    assertThat(properties.get("roles")).isEqualTo(List.of("owner", "supervisor"));
    assertThat(properties.keySet()).startsWith("systemName", "name", "description");
  }

  @Test
  void routesEveryElementOfAStepFileHoldingAnArray() {
    Path zip = new TestZip()
        .add("manifest.json", manifest(step("sharedo-form", "forms.json", "all-forms")))
        .add("forms.json", "[{\"systemName\": \"a\", \"name\": \"A\"}, {\"systemName\": \"b\"}]")
        .writeTo(dir.resolve("p.zip"));

    ExportPackage content = reader.read(zip, dir);

    assertThat(content.forms()).extracting(c -> c.systemName()).containsExactly("a", "b");
    assertThat(content.forms().get(1).name()).isEmpty();
  }

  @Test
  void acceptsAByteOrderMarkAndCamelCaseManifestFields() {
    String camel = "{\"exportedSteps\": [{\"exportProviderSystemName\": \"sharedo-type\","
        + " \"storageFilename\": \"t.json\", \"systemName\": \"matter\"}]}";
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] manifest = concat(bom, camel.getBytes(StandardCharsets.UTF_8));
    Path zip = new TestZip().add("manifest.json", manifest).add("t.json", TestPackages.WORK_TYPE)
        .writeTo(dir.resolve("p.zip"));

    ExportPackage content = reader.read(zip, dir);

    assertThat(content.manifest().packageFormatVersion()).isEqualTo(1);
    assertThat(content.manifest().createdAt()).isNull();
    assertThat(content.workTypes()).extracting(WorkType::systemName).containsExactly("matter");
  }

  @Test
  void refusesAComponentWithoutSystemNameNamingTheFile() {
    Path zip = new TestZip()
        .add("manifest.json", manifest(step("sharedo-workflow", "steps/w.json", "w")))
        .add("steps/w.json", "{\"name\": \"No system name\"}")
        .writeTo(dir.resolve("p.zip"));

    assertThatThrownBy(() -> reader.read(zip, dir))
        .isInstanceOfSatisfying(ExportException.class, e -> {
          assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
          assertThat(e.details()).containsEntry("entry", "steps/w.json");
        })
        .hasMessageContaining("steps/w.json").hasMessageContaining("systemName");
  }

  @Test
  void refusesAStepFileThatIsNotJsonNamingTheFile() {
    Path zip = new TestZip()
        .add("manifest.json", manifest(step("sharedo-type", "steps/t.json", "matter")))
        .add("steps/t.json", "{\"systemName\": \"matter\",")
        .writeTo(dir.resolve("p.zip"));

    assertThatThrownBy(() -> reader.read(zip, dir))
        .isInstanceOfSatisfying(ExportException.class,
            e -> assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED))
        .hasMessageContaining("steps/t.json").hasMessageContaining("not valid JSON");
  }

  @Test
  void refusesAWorkTypeWhoseLastModifiedIsNotAnInstant() {
    Path zip = new TestZip()
        .add("manifest.json", manifest(step("sharedo-type", "t.json", "matter")))
        .add("t.json", "{\"systemName\": \"matter\", \"lastModified\": \"yesterday\"}")
        .writeTo(dir.resolve("p.zip"));

    assertThatThrownBy(() -> reader.read(zip, dir))
        .isInstanceOf(ExportException.class)
        .hasMessageContaining("t.json").hasMessageContaining("lastModified");
  }

  @Test
  void extractWritesEveryEntryAndReportsTheFileCount() throws Exception {
    Path target = dir.resolve("out/nested");

    ExtractedPackage extracted = reader.extract(TestPackages.valid().writeTo(dir.resolve("p.zip")), target);

    assertThat(extracted.files()).isEqualTo(8);
    assertThat(extracted.directory()).isEqualTo(target.toAbsolutePath().normalize());
    assertThat(Files.readString(target.resolve(TestPackages.WORK_TYPE_FILE))).isEqualTo(TestPackages.WORK_TYPE);
    assertThat(extracted.content().allComponents()).hasSize(7);
  }

  @Test
  void validateWritesNothing() throws Exception {
    Path zip = TestPackages.valid().writeTo(dir.resolve("p.zip"));

    reader.validate(zip);

    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(zip);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
