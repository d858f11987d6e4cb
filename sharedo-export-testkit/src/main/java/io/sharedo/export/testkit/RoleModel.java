package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * A participant role a {@link WorkTypeModel} uses, written to the step file's {@code SharedoTypeRoles}
 * list as {@code {"SharedoTypeSystemName","ParticipantRoleSystemName","IsMandatory","IsActive","CanHaveMultiple"}}
 * and listed among the package's mandatory dependencies (provider {@code participant-role}). Identified by
 * its participant role. Immutable and thread-safe.
 *
 * @param participantRoleSystemName the participant role, e.g. {@code client}
 * @param mandatory whether a work item must have someone in this role
 * @param active whether the role is in use
 * @param canHaveMultiple whether several participants may hold it
 */
public record RoleModel(String participantRoleSystemName, boolean mandatory, boolean active, boolean canHaveMultiple) {

  /** Checks the argument. */
  public RoleModel {
    Args.notBlank(participantRoleSystemName, "participantRoleSystemName");
  }

  /**
   * An optional, active role held by one participant at most.
   *
   * @param participantRoleSystemName the participant role
   * @return the role
   */
  public static RoleModel of(String participantRoleSystemName) {
    return new RoleModel(participantRoleSystemName, false, true, false);
  }

  /**
   * A copy that is (or is not) mandatory.
   *
   * @param isMandatory whether someone must hold it
   * @return the copy
   */
  public RoleModel withMandatory(boolean isMandatory) {
    return new RoleModel(participantRoleSystemName, isMandatory, active, canHaveMultiple);
  }

  /**
   * A copy that is (or is not) active.
   *
   * @param isActive whether the role is in use
   * @return the copy
   */
  public RoleModel withActive(boolean isActive) {
    return new RoleModel(participantRoleSystemName, mandatory, isActive, canHaveMultiple);
  }

  /**
   * A copy that may (or may not) have several participants.
   *
   * @param multiple whether several participants may hold it
   * @return the copy
   */
  public RoleModel withCanHaveMultiple(boolean multiple) {
    return new RoleModel(participantRoleSystemName, mandatory, active, multiple);
  }
}
