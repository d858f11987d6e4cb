package io.sharedo.export.examples.cli;

import io.sharedo.export.component.Component;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What {@code inspect --json} prints: the manifest, each step with its dependencies, and a work
 * type's counts. Immutable records.
 *
 * @param status always "ok"
 * @param file the package file
 * @param name the export configuration's name, or null
 * @param exportedFrom the server's name, or null
 * @param createdOn when the package was made (ISO-8601), or null
 * @param createdBy who made it, or null
 * @param sharedoVersion the ShareDo version, or null
 * @param files the attached files
 * @param steps each step, in manifest order
 */
record InspectReport(String status, String file, String name, String exportedFrom, String createdOn,
    String createdBy, String sharedoVersion, List<String> files, List<Step> steps) {

  static InspectReport of(Path file, ExportPackage content, List<Step> steps) {
    PackageManifest m = content.manifest();
    return new InspectReport("ok", file.toString(), m.name(), m.exportedFrom(),
        m.createdOn() == null ? null : m.createdOn().toString(), m.createdBy(), m.sharedoVersion(), m.files(), steps);
  }

  /**
   * One step.
   *
   * @param provider the export provider
   * @param identity the component's identity
   * @param name its display name
   * @param workType for a work type, its counts; null otherwise
   * @param dependencies what it depends on
   */
  record Step(String provider, String identity, String name, WorkTypeCounts workType, List<Dependency> dependencies) {
    static Step of(ManifestStep step, Component component) {
      String identity = component != null ? component.identity()
          : step.selectorIdentity();
      return new Step(step.provider(), identity, component == null ? step.description() : component.name(),
          component instanceof WorkType workType ? InspectCommand.counts(workType) : null,
          step.dependencies().stream().map(Dependency::of).toList());
    }
  }

  /**
   * A work type's counts.
   *
   * @param phases phases
   * @param transitions phase transitions
   * @param roles participant roles
   * @param rolePermissions role permissions
   */
  record WorkTypeCounts(int phases, int transitions, int roles, int rolePermissions) {}

  /**
   * One dependency.
   *
   * @param kind "mandatory" or "recommended"
   * @param provider the provider of the item depended on
   * @param identity the item's identity (selector system name, else canonical selector JSON)
   * @param reason why it is needed, or null
   * @param included whether the package includes it
   */
  record Dependency(String kind, String provider, String identity, String reason, boolean included) {
    static Dependency of(StepDependency d) {
      return new Dependency(d.kind().name().toLowerCase(Locale.ROOT), d.provider(), d.identity(), d.reason(),
          d.included());
    }
  }
}
