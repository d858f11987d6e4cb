package io.sharedo.export.benchmarks;

import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.Phase;
import io.sharedo.export.component.PhasePlan;
import io.sharedo.export.component.PhaseTransition;
import io.sharedo.export.component.RolePermission;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.component.WorkTypeRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Builds large in-memory exports of real-shaped work type steps (the sections of a ShareDo 7.9
 * {@code sharedo-type} step file, see PROTOCOL.md "The package") whose differences are known, for
 * the compare figure. Each side gets its own GUIDs everywhere, as two environments do, which the
 * comparison must not count. A real work type is some 150 KB; these carry the same sections with
 * fewer elements (4 roles, 8 role permissions, 3 phases), so that two exports of 10,000 fit in the
 * benchmark's heap.
 */
final class SyntheticPackages {
  private static final String[] ROLES = {"client", "fee-earner", "supervisor", "reviewer"};
  private static final String[] PERMISSIONS = {"core.read", "core.write"};
  private static final String[] EMPTY_SECTIONS = {"Relationships", "WorkScheduling", "OldEnabledFeatures",
      "FeatureFrameworkEntries", "FeatureFlagEntries", "RoleAssociations", "RoleSourcingRules",
      "RoleSourcingAncestorRestrictions", "RoleSourcingRoleRestrictions", "RoleSourcingOdsConnections",
      "DataQualityRules", "DataQualityBusinessRules", "AspectStripingRules", "AspectStripingRuleSelections",
      "SyncRules", "TypeScopeBindings", "RoleScopeBindings", "Menus", "MenuItems", "MenuItemBusinessRules",
      "UiOperations", "Breadcrumbs", "CalculatedFields", "PhaseTransitionGuards", "KeyDateAssociations",
      "KeyDateAssociationCategories", "KeyDateAssociationDisplayRules", "RoleMenus", "DynamicMenus",
      "ConventionalPermissions"};

  private SyntheticPackages() {}

  /**
   * An export of {@code count} work types. With {@code changedEvery > 0}, every n-th work type has
   * one role's {@code IsMandatory} flipped and one role (with its two permissions) added, and its
   * roles listed in reverse order (which must not count). The seed decides the GUIDs: two sides
   * built with different seeds share no GUID.
   */
  static ExportPackage workTypes(int count, int changedEvery, long seed) {
    Random random = new Random(seed);
    List<WorkType> workTypes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      boolean changed = changedEvery > 0 && i % changedEvery == 0;
      workTypes.add(workType(i, changed, random));
    }
    PackageManifest manifest = new PackageManifest("bench", "bench", "bench", null, "7.9.0.0", List.of(), List.of());
    return new ExportPackage(manifest, workTypes, List.of());
  }

  private static WorkType workType(int i, boolean changed, Random random) {
    String systemName = "worktype-" + i;
    String plan = systemName + "-phase-plan";
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("BaseSharedo", map("SystemName", systemName, "SystemNamePath", "/" + systemName + "/",
        "ParentSystemName", null, "Name", "Work type " + i, "ShortName", null,
        "Description", "A synthetic work type used to measure comparison speed.", "IconClass", "fa-cogs",
        "IsActive", true, "IsAbstract", false, "IsCoreCaseType", true));
    json.put("PhasePlan", map("SystemName", plan, "SharedoTypeSystemName", systemName, "Name", "Plan " + i));
    List<Phase> phases = new ArrayList<>();
    List<Object> phaseJson = new ArrayList<>();
    for (String phase : List.of("open", "in-progress", "closed")) {
      boolean start = phase.equals("open");
      boolean open = !phase.equals("closed");
      phases.add(new Phase(plan + "-" + phase, phase, start, open, false));
      phaseJson.add(map("SystemName", plan + "-" + phase, "PhasePlanSystemName", plan, "Name", phase,
          "IsStart", start, "IsOpen", open, "IsRemoved", false, "ExpectedDurationSeconds", 3600));
    }
    json.put("Phases", phaseJson);
    List<PhaseTransition> transitions = List.of(
        new PhaseTransition("start-" + i, "Start", plan + "-open", plan + "-in-progress", true),
        new PhaseTransition("close-" + i, "Close", plan + "-in-progress", plan + "-closed", true));
    List<Object> transitionJson = new ArrayList<>();
    for (PhaseTransition t : transitions) {
      transitionJson.add(map("SystemName", t.systemName(), "FromPhaseSystemName", t.fromPhaseSystemName(),
          "ToPhaseSystemName", t.toPhaseSystemName(), "Name", t.name(), "IsUserDriven", true));
    }
    json.put("PhaseTransitions", transitionJson);
    List<String> roleNames = new ArrayList<>(List.of(ROLES));
    if (changed) {
      roleNames.add("auditor");
      Collections.reverse(roleNames);
    }
    List<WorkTypeRole> roles = new ArrayList<>();
    List<Object> roleJson = new ArrayList<>();
    List<RolePermission> permissions = new ArrayList<>();
    List<Object> permissionJson = new ArrayList<>();
    for (String role : roleNames) {
      boolean mandatory = role.equals("client") || (changed && role.equals("reviewer")); // the flipped flag
      roles.add(new WorkTypeRole(role, mandatory, true, false));
      roleJson.add(map("SharedoTypeSystemName", systemName, "ParticipantRoleSystemName", role,
          "IsMandatory", mandatory, "IsActive", true, "CanHaveMultiple", false));
      for (String permission : PERMISSIONS) {
        permissions.add(new RolePermission(permission, role, null, false));
        permissionJson.add(map("SharedoTypeSystemName", systemName, "PermissionSystemName", permission,
            "ParticipantRoleSystemName", role, "PhaseSystemName", null, "UserOnly", false, "Id", guid(random)));
      }
    }
    json.put("SharedoTypeRoles", roleJson);
    json.put("SharedoTypeRolePermissions", permissionJson);
    json.put("Aspects", List.of(map("SharedoTypeSystemName", systemName, "Id", guid(random),
        "AspectDefinitionSystemName", "key-dates", "ZoneName", "main", "DisplayPriority", 1)));
    json.put("TitleGenerator", null);
    json.put("ReferenceGenerator", null);
    for (String section : EMPTY_SECTIONS) {
      json.put(section, List.of());
    }
    return new WorkType(systemName, "Work type " + i, null, "A synthetic work type used to measure comparison speed.",
        null, true, false, new PhasePlan(plan, "Plan " + i), phases, transitions, roles, permissions, json);
  }

  private static String guid(Random random) {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      map.put((String) keysAndValues[k], keysAndValues[k + 1]);
    }
    return map;
  }
}
