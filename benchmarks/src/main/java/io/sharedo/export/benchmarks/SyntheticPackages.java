package io.sharedo.export.benchmarks;

import io.sharedo.export.component.Attribute;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.WorkType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds large in-memory exports whose differences are known, for the compare figure. */
final class SyntheticPackages {
  private SyntheticPackages() {}

  /**
   * An export of {@code count} work types; with {@code changedEvery > 0}, every n-th work type has
   * one attribute flipped and one role added, and its attribute list reordered (which must not count).
   */
  static ExportPackage workTypes(int count, int changedEvery) {
    List<WorkType> workTypes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean changed = changedEvery > 0 && i % changedEvery == 0;
      workTypes.add(workType(i, changed));
    }
    PackageManifest manifest = new PackageManifest(1, "bench", "bench", null, List.of());
    return new ExportPackage(manifest, workTypes, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static WorkType workType(int i, boolean changed) {
    String systemName = "worktype-" + i;
    List<Map<String, Object>> attributes = new ArrayList<>();
    List<Attribute> typed = new ArrayList<>();
    for (int a = 0; a < 8; a++) {
      boolean required = changed && a == 3 ? true : a % 2 == 0;
      Map<String, Object> attribute = new LinkedHashMap<>();
      attribute.put("systemName", systemName + "-attr-" + a);
      attribute.put("type", "string");
      attribute.put("required", required);
      attributes.add(attribute);
      typed.add(new Attribute(systemName + "-attr-" + a, "string", required));
    }
    List<String> roles = new ArrayList<>(List.of("owner", "supervisor", "reviewer"));
    if (changed) {
      roles.add("auditor");
      java.util.Collections.reverse(attributes);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("systemName", systemName);
    json.put("name", "Work type " + i);
    json.put("description", "A synthetic work type used to measure comparison speed.");
    json.put("isActive", true);
    json.put("parentSystemName", null);
    json.put("attributes", attributes);
    json.put("roles", roles);
    json.put("workflows", List.of(systemName + "-intake", systemName + "-closure"));
    json.put("lastModified", changed ? "2026-11-28T10:00:00Z" : "2026-11-20T09:00:00Z");
    return new WorkType(systemName, "Work type " + i, null, true, null, typed, roles,
        List.of(systemName + "-intake", systemName + "-closure"), null, json);
  }
}
