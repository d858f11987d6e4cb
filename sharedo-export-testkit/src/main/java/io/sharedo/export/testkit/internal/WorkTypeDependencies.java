package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.DependencyModel;
import io.sharedo.export.testkit.RoleModel;
import io.sharedo.export.testkit.RolePermissionModel;
import io.sharedo.export.testkit.WorkTypeModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a work type's manifest entry lists as its dependencies, as real exports do: itself and its
 * parent (provider {@code sharedo-type}), each participant role and each permission it grants
 * (mandatory), each global feature it configures (recommended), then the dependencies the model adds.
 * Stateless.
 */
final class WorkTypeDependencies {
  private WorkTypeDependencies() {}

  static List<DependencyModel> of(WorkTypeModel w) {
    List<DependencyModel> deps = new ArrayList<>();
    for (String feature : w.globalFeatures()) {
      deps.add(DependencyModel.recommended("global-feature", feature,
          "This work type has work type/phase configuration for this global feature."));
    }
    deps.add(DependencyModel.mandatory(ExportSelection.WORK_TYPE, w.systemName(), "Related work type (merge)"));
    if (w.parentSystemName() != null) {
      deps.add(DependencyModel.mandatory(ExportSelection.WORK_TYPE, w.parentSystemName(),
          "This work type derives from this work type."));
    }
    for (RoleModel r : w.roles()) {
      deps.add(DependencyModel.mandatory("participant-role", r.participantRoleSystemName(),
          "This work type has this participant role configured."));
    }
    Set<String> permissions = new LinkedHashSet<>();
    w.rolePermissions().stream().map(RolePermissionModel::permissionSystemName).forEach(permissions::add);
    for (String p : permissions) {
      deps.add(DependencyModel.mandatory("permission", p, "This work type grants this permission to its roles."));
    }
    deps.addAll(w.dependencies());
    return deps;
  }
}
