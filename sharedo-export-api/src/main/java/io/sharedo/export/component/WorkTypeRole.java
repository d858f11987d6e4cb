package io.sharedo.export.component;

/**
 * A participant role a work type offers ({@code SharedoTypeRoles[i]} of a {@code sharedo-type} step).
 *
 * @param participantRoleSystemName {@code ParticipantRoleSystemName}, for example {@code "client"}
 * @param mandatory {@code IsMandatory}: every item needs a participant in this role
 * @param active {@code IsActive}
 * @param canHaveMultiple {@code CanHaveMultiple}: more than one participant may hold it
 */
public record WorkTypeRole(String participantRoleSystemName, boolean mandatory, boolean active,
    boolean canHaveMultiple) {

  /**
   * Creates the record, checking every argument.
   *
   * @param participantRoleSystemName the role's system name
   * @param mandatory whether every item needs it
   * @param active whether it is active
   * @param canHaveMultiple whether several participants may hold it
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public WorkTypeRole {
    Values.notBlank(participantRoleSystemName, "participantRoleSystemName");
  }
}
