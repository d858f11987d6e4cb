package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.PhaseModel;
import io.sharedo.export.testkit.PhaseTransitionModel;
import io.sharedo.export.testkit.RoleModel;
import io.sharedo.export.testkit.RolePermissionModel;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The consistency checks of {@code WorkTypeModel}: references between its parts, and its raw sections. Stateless. */
public final class WorkTypeChecks {
  private WorkTypeChecks() {}

  /**
   * Checks that raw sections do not replace a typed one and hold JSON; copies them in order.
   *
   * @param sections raw sections by name
   * @return an unmodifiable copy, insertion order kept
   */
  public static Map<String, String> sections(Map<String, String> sections) {
    Args.notNull(sections, "sections");
    Map<String, String> copy = new LinkedHashMap<>();
    sections.forEach((name, json) -> {
      Args.notBlank(name, "section name");
      if (WorkTypeSections.TYPED.contains(name)) {
        throw new IllegalArgumentException("section " + name + " is built from the typed model; use the builder's "
            + "phase/transition/role/rolePermission/aspect methods instead of raw JSON");
      }
      JsonText.parse(json, "section " + name);
      copy.put(name, json);
    });
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Checks that names are unique and that transitions and role permissions name phases and roles of the work type.
   *
   * @param workType the work type's system name, for messages
   * @param phases its phases
   * @param transitions its transitions
   * @param roles its roles
   * @param permissions its role permissions
   */
  public static void references(String workType, List<PhaseModel> phases, List<PhaseTransitionModel> transitions,
      List<RoleModel> roles, List<RolePermissionModel> permissions) {
    Set<String> phaseNames = unique(workType, "phase", phases.stream().map(PhaseModel::systemName).toList());
    unique(workType, "transition", transitions.stream().map(PhaseTransitionModel::systemName).toList());
    Set<String> roleNames = unique(workType, "role",
        roles.stream().map(RoleModel::participantRoleSystemName).toList());
    unique(workType, "role permission", permissions.stream()
        .map(p -> p.permissionSystemName() + " for " + p.participantRoleSystemName() + " in " + p.phaseSystemName())
        .toList());
    for (PhaseTransitionModel t : transitions) {
      for (String phase : List.of(t.fromPhaseSystemName(), t.toPhaseSystemName())) {
        if (!phaseNames.contains(phase)) {
          throw new IllegalArgumentException(workType + ": transition " + t.systemName() + " names phase " + phase
              + ", which is not among its phases " + phaseNames);
        }
      }
    }
    for (RolePermissionModel p : permissions) {
      if (!roleNames.contains(p.participantRoleSystemName())) {
        throw new IllegalArgumentException(workType + ": role permission " + p.permissionSystemName() + " names role "
            + p.participantRoleSystemName() + ", which is not among its roles " + roleNames);
      }
      if (p.phaseSystemName() != null && !phaseNames.contains(p.phaseSystemName())) {
        throw new IllegalArgumentException(workType + ": role permission " + p.permissionSystemName()
            + " names phase " + p.phaseSystemName() + ", which is not among its phases " + phaseNames);
      }
    }
  }

  private static Set<String> unique(String workType, String kind, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(workType + ": two " + kind + "s are " + n);
      }
    }
    return seen;
  }
}
