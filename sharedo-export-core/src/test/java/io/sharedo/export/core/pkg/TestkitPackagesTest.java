package io.sharedo.export.core.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.DependencyKind;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader on the packages the testkit writes in the real format, and on its layout variants. */
class TestkitPackagesTest {
  @TempDir Path dir;

  private Path export(UnaryOperator<FakeShareDoServerBuilder> configure) throws Exception {
    try (FakeShareDoServer server = configure.apply(FakeShareDoServer.builder().demoData()).start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", Environment.builder(server.baseUrl("uat"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret()).build())
            .tempDirectory(dir)
            .build()) {
      Path zip = dir.resolve("matter-" + System.nanoTime() + ".zip");
      client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"), zip);
      return zip;
    }
  }

  @Test
  void readsTheDemoWorkTypeAndWhatItNeedsFromARealFormatPackage() throws Exception {
    ExportPackage content = PackageReader.withDefaults().read(export(b -> b), dir);

    WorkType matter = content.workType("matter").orElseThrow();
    assertThat(matter.phases()).hasSize(4);
    assertThat(matter.roles()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(matter.rolePermissions()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(matter.properties()).hasSize(39).containsKey("ConventionalPermissions");
    assertThat(content.manifest().sharedoVersion()).startsWith("7.9");
    assertThat(content.manifest().steps().get(0).dependencies(DependencyKind.MANDATORY)).isNotEmpty();
    // A real export lists the dependencies without including them (the work type itself aside).
    assertThat(content.manifest().missingDependencies()).extracting(StepDependency::provider)
        .contains("participant-role", "permission");
  }

  @Test
  void readsTheVariantsWithByteOrderMarksAndStepFilesAtTheRoot() throws Exception {
    ExportPackage content = PackageReader.withDefaults().read(
        export(b -> b.byteOrderMarks().stepFilesAtRoot()), dir);

    assertThat(content.workType("matter")).isPresent();
  }

  @Test
  void marksTheDependenciesAPackageIncludesAsIncluded() throws Exception {
    ExportPackage content = PackageReader.withDefaults().read(
        export(b -> b.extensions(Extension.INCLUDE_DEPENDENCIES)), dir);

    assertThat(content.manifest().steps()).hasSizeGreaterThan(1);
    assertThat(content.manifest().steps().get(0).dependencies()).anyMatch(d -> d.included()
        && !d.provider().equals("sharedo-type"));
  }
}
