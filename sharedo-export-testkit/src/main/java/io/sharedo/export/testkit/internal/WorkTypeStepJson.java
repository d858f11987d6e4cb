package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.AspectModel;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.PhaseModel;
import io.sharedo.export.testkit.PhaseTransitionModel;
import io.sharedo.export.testkit.RoleModel;
import io.sharedo.export.testkit.RolePermissionModel;
import io.sharedo.export.testkit.WorkTypeModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link WorkTypeModel} into its {@code sharedo-type} step file: one object with all 39
 * sections in file order (empty lists or null when unused), raw sections as given, PascalCase. Stateless.
 */
final class WorkTypeStepJson {
  private WorkTypeStepJson() {}

  static ObjectNode of(EnvironmentModel env, WorkTypeModel w) {
    ObjectNode step = Responses.JSON.createObjectNode();
    for (String section : WorkTypeSections.ALL) {
      if (WorkTypeSections.OBJECTS.contains(section)) {
        step.putNull(section);
      } else {
        step.putArray(section);
      }
    }
    step.set("BaseSharedo", base(env, w));
    String plan = w.systemName() + "-phase-plan";
    if (!w.phases().isEmpty()) {
      step.putObject("PhasePlan").put("SystemName", plan).put("SharedoTypeSystemName", w.systemName())
          .put("Name", w.phasePlanName());
    }
    ArrayNode phases = step.putArray("Phases");
    for (PhaseModel p : w.phases()) {
      ObjectNode n = phases.addObject().put("SystemName", p.systemName()).put("PhasePlanSystemName", plan)
          .put("Name", p.name()).put("IsStart", p.start()).put("IsOpen", p.open()).put("IsRemoved", p.removed());
      n.put("ExpectedDurationSeconds", p.expectedDurationSeconds());
    }
    ArrayNode transitions = step.putArray("PhaseTransitions");
    for (PhaseTransitionModel t : w.transitions()) {
      transitions.addObject().put("SystemName", t.systemName()).put("FromPhaseSystemName", t.fromPhaseSystemName())
          .put("ToPhaseSystemName", t.toPhaseSystemName()).put("Name", t.name()).put("IsUserDriven", t.userDriven());
    }
    ArrayNode roles = step.putArray("SharedoTypeRoles");
    for (RoleModel r : w.roles()) {
      roles.addObject().put("SharedoTypeSystemName", w.systemName())
          .put("ParticipantRoleSystemName", r.participantRoleSystemName()).put("IsMandatory", r.mandatory())
          .put("IsActive", r.active()).put("CanHaveMultiple", r.canHaveMultiple());
    }
    ArrayNode permissions = step.putArray("SharedoTypeRolePermissions");
    for (RolePermissionModel p : w.rolePermissions()) {
      String identity = p.permissionSystemName() + "|" + p.participantRoleSystemName() + "|" + p.phaseSystemName();
      permissions.addObject().put("SharedoTypeSystemName", w.systemName())
          .put("PermissionSystemName", p.permissionSystemName())
          .put("ParticipantRoleSystemName", p.participantRoleSystemName())
          .put("PhaseSystemName", p.phaseSystemName()).put("UserOnly", p.userOnly())
          .put("Id", (p.id() != null ? p.id()
              : ServerGuids.assigned(env.name(), w.systemName(), "role-permission", identity)).toString());
    }
    ArrayNode aspects = step.putArray("Aspects");
    for (AspectModel a : w.aspects()) {
      String identity = a.aspectDefinitionSystemName() + "|" + a.zoneName();
      aspects.addObject().put("SharedoTypeSystemName", w.systemName())
          .put("Id", (a.id() != null ? a.id() : ServerGuids.assigned(env.name(), w.systemName(), "aspect", identity))
              .toString())
          .put("AspectDefinitionSystemName", a.aspectDefinitionSystemName()).put("ZoneName", a.zoneName())
          .put("DisplayPriority", a.displayPriority());
    }
    w.sections().forEach((name, json) -> step.set(name, JsonText.parse(json, "section " + name)));
    return step;
  }

  private static ObjectNode base(EnvironmentModel env, WorkTypeModel w) {
    ObjectNode base = Responses.JSON.createObjectNode();
    base.put("SystemName", w.systemName());
    base.put("SystemNamePath", path(env, w));
    base.put("ParentSystemName", w.parentSystemName());
    base.put("Name", w.name());
    base.put("ShortName", w.shortName());
    base.put("Description", w.description());
    base.put("IconClass", w.iconClass());
    base.put("IsActive", w.active());
    base.put("IsAbstract", w.abstractType());
    base.put("IsCoreCaseType", w.coreCaseType());
    return base;
  }

  /** {@code /matter/dispute/}: the chain of parents known to the environment, then the work type. */
  private static String path(EnvironmentModel env, WorkTypeModel w) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String parent = w.parentSystemName(); parent != null && seen.add(parent);
        parent = env.workType(parent).map(WorkTypeModel::parentSystemName).orElse(null)) {
      chain.add(0, parent);
    }
    StringBuilder path = new StringBuilder("/");
    chain.forEach(p -> path.append(p).append('/'));
    return path.append(w.systemName()).append('/').toString();
  }
}
