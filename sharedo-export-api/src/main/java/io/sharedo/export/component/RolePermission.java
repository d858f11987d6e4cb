package io.sharedo.export.component;

import org.jspecify.annotations.Nullable;

/**
 * A permission a role holds on a work type, in every phase or in one
 * ({@code SharedoTypeRolePermissions[i]} of a {@code sharedo-type} step). Its server-assigned
 * {@code Id} is left in the work type's properties: it differs between environments.
 *
 * @param permissionSystemName {@code PermissionSystemName}, for example {@code "core.read"}
 * @param participantRoleSystemName {@code ParticipantRoleSystemName}
 * @param phaseSystemName {@code PhaseSystemName}, or null when it holds in every phase
 * @param userOnly {@code UserOnly}
 */
public record RolePermission(String permissionSystemName, String participantRoleSystemName,
    @Nullable String phaseSystemName, boolean userOnly) {

  /**
   * Creates the record, checking every argument.
   *
   * @param permissionSystemName the permission's system name
   * @param participantRoleSystemName the role's system name
   * @param phaseSystemName the phase, or null for every phase
   * @param userOnly whether it is granted to users only
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RolePermission {
    Values.notBlank(permissionSystemName, "permissionSystemName");
    Values.notBlank(participantRoleSystemName, "participantRoleSystemName");
  }
}
