package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.DependencyKind;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.StepDependency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The manifest as one JSON object to compare, keyed so that its pointers read well: steps by
 * {@code provider/identity}, and each step's dependencies by kind, then {@code provider/identity}
 * ({@code /ExportedSteps/sharedo-type~1matter/Dependencies/Mandatory/global-feature~1Core.Case/Included}).
 * Volatile fields keep their manifest names, so the same ignore rules apply. The manifest's
 * {@code Name} is left out: it is the export configuration name the client chose when it created
 * the job, not something the server holds. Thread-safe: no state.
 */
final class ManifestView {
  /** The owner identity the manifest's lists are compared under. */
  static final String IDENTITY = "manifest.json";

  private ManifestView() {}

  static Map<String, Object> of(PackageManifest manifest) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("CreatedBy", manifest.createdBy());
    view.put("ExportedFrom", manifest.exportedFrom());
    view.put("CreatedOn", manifest.createdOn() == null ? null : manifest.createdOn().toString());
    view.put("SharedoVersion", manifest.sharedoVersion());
    view.put("Files", manifest.files());
    Map<String, Object> steps = new LinkedHashMap<>();
    for (ManifestStep step : manifest.steps()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("Id", step.id());
      entry.put("Description", step.description());
      entry.put("StorageFilename", step.storageFilename());
      Map<String, Object> dependencies = new LinkedHashMap<>();
      for (DependencyKind kind : DependencyKind.values()) {
        Map<String, Object> ofKind = new LinkedHashMap<>();
        for (StepDependency dependency : step.dependencies(kind)) {
          Map<String, Object> d = new LinkedHashMap<>();
          d.put("Reason", dependency.reason());
          d.put("Description", dependency.description());
          d.put("Included", dependency.included());
          d.put("PackageStepId", dependency.packageStepId());
          ofKind.putIfAbsent(dependency.provider() + "/" + dependency.identity(), d);
        }
        String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
        dependencies.put(name, ofKind);
      }
      entry.put("Dependencies", dependencies);
      steps.putIfAbsent(step.provider() + "/" + step.selectorIdentity(), entry);
    }
    view.put("ExportedSteps", steps);
    return view;
  }
}
