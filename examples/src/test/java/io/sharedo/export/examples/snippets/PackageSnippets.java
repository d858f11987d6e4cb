package io.sharedo.export.examples.snippets;

import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.pkg.ExtractedPackage;
import io.sharedo.export.core.pkg.PackageLimits;
import io.sharedo.export.core.pkg.PackageReader;
import io.sharedo.export.core.pkg.StepParser;
import java.nio.file.Path;

/** The examples on the package reader's javadoc pages. */
final class PackageSnippets {

  private PackageSnippets() {}

  static ExportPackage reader() {
    // [START PackageReader]
    PackageReader reader = PackageReader.withDefaults();
    ExportPackage content = reader.read(Path.of("matter.zip"));   // temp folder, always removed
    content.workTypes().forEach(w -> System.out.println(w.systemName()));
    // [END PackageReader]
    return content;
  }

  static WorkType stepParser(byte[] responseBody) {
    // [START StepParser]
    WorkType matter = StepParser.parseWorkType(responseBody, "the configuration export of matter");
    matter.roles().forEach(r -> System.out.println(r.participantRoleSystemName()));
    // [END StepParser]
    return matter;
  }

  static void missingDependencies(ExportPackage content) {
    // [START missing-dependencies]
    for (StepDependency missing : content.manifest().missingDependencies()) {
      System.out.println(missing.kind() + " " + missing.provider() + " " + missing.identity() + ": " + missing.reason());
    }
    // [END missing-dependencies]
  }

  static ExtractedPackage pkgPackage(Path zip, Path dir) {
    // [START pkg-package]
    PackageReader reader = PackageReader.create(PackageLimits.builder()
        .maxTotalUncompressedBytes(64L * 1024 * 1024)
        .build());
    reader.validate(zip);                                   // structure only, writes nothing
    ExtractedPackage extracted = reader.extract(zip, dir);  // dir must be new or empty
    ExportPackage content = reader.read(zip);               // temp folder, always removed
    // [END pkg-package]
    System.out.println(content.workTypes());
    return extracted;
  }
}
