package io.sharedo.export.core.pkg;

import static io.sharedo.export.core.pkg.TestPackages.manifest;
import static io.sharedo.export.core.pkg.TestPackages.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's size, steps and dependencies are bounded, so a manifest cannot be built to exhaust memory. */
class ManifestLimitsTest {
  @TempDir Path dir;

  @Test
  void refusesMoreStepsThanTheLimitWhileStreamingTheManifest() {
    List<String> steps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      steps.add(step("sharedo-type", "t" + i + ".json", "t" + i));
    }
    // The fourth step is refused before its (missing) step file matters.
    Path zip = TestPackages.folders().add("manifest.json", manifest(steps.toArray(String[]::new)))
        .writeTo(dir.resolve("p.zip"));
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxSteps(3).build());

    ExportException e = catchThrowableOfType(ExportException.class, () -> reader.validate(zip));

    assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertThat(e.details()).containsEntry("limit", "maxSteps").containsEntry("limitValue", "3");
    assertThat(e).hasMessageContaining("more than 3 steps").hasMessageContaining("maxSteps(..)");
  }

  @Test
  void refusesAManifestOfTwentyThousandStepsWithTheDefaultLimits() {
    StringBuilder steps = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      steps.append(i == 0 ? "" : ",").append("{\"ExportProviderSystemName\":\"p\",\"StorageFilename\":\"s")
          .append(i).append(".json\"}");
    }
    TestZip zip = TestPackages.folders();
    zip.entry("manifest.json", ("{\"ExportedSteps\":[" + steps + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .stored(); // stored: the limit on steps must stop it, not the compression ratio
    Path file = zip.writeTo(dir.resolve("many.zip"));

    ExportException e = catchThrowableOfType(ExportException.class, () -> PackageReader.withDefaults().validate(file));

    assertThat(e.details()).containsEntry("limit", "maxSteps").containsEntry("limitValue", "10000");
  }

  @Test
  void refusesMoreDependenciesThanTheLimitCountedOverAllSteps() {
    String dependency = TestPackages.dependency("permission", "{\"SystemName\": \"core.read\"}", null);
    String dependencies = TestPackages.dependencies(Collections.nCopies(3, dependency), List.of(dependency));
    Path zip = TestPackages.folders()
        .add("manifest.json", manifest(step("a7c3e1f0-2b4d-4e6f-8a9b-0c1d2e3f4a5b", "sharedo-type",
            "{\"systemName\": \"matter\"}", TestPackages.WORK_TYPE_FILE, dependencies)))
        .add(TestPackages.WORK_TYPE_ENTRY, TestPackages.WORK_TYPE)
        .writeTo(dir.resolve("p.zip"));

    assertThat(PackageReader.create(PackageLimits.builder().maxDependencies(4).build()).read(zip, dir)
        .manifest().steps().get(0).dependencies()).hasSize(4);
    ExportException e = catchThrowableOfType(ExportException.class,
        () -> PackageReader.create(PackageLimits.builder().maxDependencies(3).build()).validate(zip));

    assertThat(e.details()).containsEntry("limit", "maxDependencies");
  }

  @Test
  void refusesAManifestLargerThanTheLimitEvenWhenItsHeaderUnderstatesIt() {
    String big = manifest(step("sharedo-type", TestPackages.WORK_TYPE_FILE, "matter"))
        .replace("\"Files\"", "\"Padding\": \"" + "x".repeat(5000) + "\", \"Files\"");
    TestZip honest = TestPackages.folders().add("manifest.json", big)
        .add(TestPackages.WORK_TYPE_ENTRY, TestPackages.WORK_TYPE);
    TestZip lying = TestPackages.folders();
    lying.entry("manifest.json", big.getBytes(java.nio.charset.StandardCharsets.UTF_8)).declaringSize(100);
    lying.add(TestPackages.WORK_TYPE_ENTRY, TestPackages.WORK_TYPE);
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxManifestBytes(4096).build());

    for (TestZip zip : List.of(honest, lying)) {
      Path file = zip.writeTo(dir.resolve("p.zip"));
      ExportException e = catchThrowableOfType(ExportException.class, () -> reader.validate(file));
      assertThat(e.details()).containsEntry("limit", "maxManifestBytes");
    }
    assertThat(PackageReader.withDefaults().read(honest.writeTo(dir.resolve("p.zip")), dir).workTypes()).hasSize(1);
  }
}
