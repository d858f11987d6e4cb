package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A permission granted to a role of a {@link WorkTypeModel}, optionally only in one phase, written to
 * the step file's {@code SharedoTypeRolePermissions} list as
 * {@code {"SharedoTypeSystemName","PermissionSystemName","ParticipantRoleSystemName","PhaseSystemName","UserOnly","Id"}};
 * each distinct permission is also listed among the package's mandatory dependencies (provider
 * {@code permission}). Identified by permission, role and phase together.
 *
 * <p>The {@code Id} is a GUID the server assigned when it stored the record, so the same role permission
 * carries different ids on two environments. Leave {@code id} null and the fake server assigns one that is
 * stable for the environment (the same on every export from it) and differs between environments.
 * Immutable and thread-safe.
 *
 * @param permissionSystemName the permission, e.g. {@code core.read}
 * @param participantRoleSystemName the role it is granted to
 * @param phaseSystemName the phase it applies in, or null for every phase
 * @param userOnly whether it applies to users only (not teams)
 * @param id the record's GUID, or null to let the server assign one
 */
public record RolePermissionModel(
    String permissionSystemName, String participantRoleSystemName, @Nullable String phaseSystemName, boolean userOnly,
    @Nullable UUID id) {

  /** Checks the arguments. */
  public RolePermissionModel {
    Args.notBlank(permissionSystemName, "permissionSystemName");
    Args.notBlank(participantRoleSystemName, "participantRoleSystemName");
  }

  /**
   * A permission in every phase, not user-only, with a server-assigned id.
   *
   * @param permissionSystemName the permission
   * @param participantRoleSystemName the role it is granted to
   * @return the role permission
   */
  public static RolePermissionModel of(String permissionSystemName, String participantRoleSystemName) {
    return new RolePermissionModel(permissionSystemName, participantRoleSystemName, null, false, null);
  }

  /**
   * A copy that applies in one phase only.
   *
   * @param phase the phase's system name, or null for every phase
   * @return the copy
   */
  public RolePermissionModel withPhase(@Nullable String phase) {
    return new RolePermissionModel(permissionSystemName, participantRoleSystemName, phase, userOnly, id);
  }

  /**
   * A copy that is (or is not) user-only.
   *
   * @param isUserOnly whether it applies to users only
   * @return the copy
   */
  public RolePermissionModel withUserOnly(boolean isUserOnly) {
    return new RolePermissionModel(permissionSystemName, participantRoleSystemName, phaseSystemName, isUserOnly, id);
  }

  /**
   * A copy with a fixed id instead of a server-assigned one.
   *
   * @param newId the GUID, or null to let the server assign one
   * @return the copy
   */
  public RolePermissionModel withId(@Nullable UUID newId) {
    return new RolePermissionModel(permissionSystemName, participantRoleSystemName, phaseSystemName, userOnly, newId);
  }
}
