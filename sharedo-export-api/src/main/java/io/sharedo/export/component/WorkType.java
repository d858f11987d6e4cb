package io.sharedo.export.component;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A work type: the step file of a {@code sharedo-type} step. The typed fields come from its
 * {@code BaseSharedo}, {@code PhasePlan}, {@code Phases}, {@code PhaseTransitions},
 * {@code SharedoTypeRoles} and {@code SharedoTypeRolePermissions} sections; {@link #properties()}
 * keeps the whole step object, so every one of its sections stays reachable
 * ({@code properties().get("Aspects")}).
 *
 * @param systemName the work type's system name: the step selector's, else
 *     {@code BaseSharedo.SystemName} (they agree in real packages)
 * @param name {@code BaseSharedo.Name}; empty when the package gives none
 * @param shortName {@code BaseSharedo.ShortName}, or null
 * @param description {@code BaseSharedo.Description}, or null
 * @param parentSystemName {@code BaseSharedo.ParentSystemName}, or null for a root type
 * @param active {@code BaseSharedo.IsActive} (true when not given)
 * @param abstractType {@code BaseSharedo.IsAbstract}: only derived types can be created (false when
 *     not given)
 * @param phasePlan {@code PhasePlan}, or null when the work type has none
 * @param phases {@code Phases}, in file order
 * @param transitions {@code PhaseTransitions}, in file order
 * @param roles {@code SharedoTypeRoles}, in file order
 * @param rolePermissions {@code SharedoTypeRolePermissions}, in file order
 * @param properties the whole step object: maps in file order, lists, strings, numbers, booleans, nulls
 */
public record WorkType(
    String systemName,
    String name,
    @Nullable String shortName,
    @Nullable String description,
    @Nullable String parentSystemName,
    boolean active,
    boolean abstractType,
    @Nullable PhasePlan phasePlan,
    List<Phase> phases,
    List<PhaseTransition> transitions,
    List<WorkTypeRole> roles,
    List<RolePermission> rolePermissions,
    Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the work type's system name
   * @param name the display name; empty when none
   * @param shortName the short name, or null
   * @param description the description, or null
   * @param parentSystemName the parent work type, or null
   * @param active whether it is active
   * @param abstractType whether it is abstract
   * @param phasePlan the phase plan, or null
   * @param phases the phases
   * @param transitions the phase transitions
   * @param roles the participant roles
   * @param rolePermissions the role permissions
   * @param properties the whole step object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public WorkType {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    phases = Values.list(phases, "phases");
    transitions = Values.list(transitions, "transitions");
    roles = Values.list(roles, "roles");
    rolePermissions = Values.list(rolePermissions, "rolePermissions");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.WORK_TYPE;
  }

  /**
   * The system name, which identifies a work type within its provider.
   *
   * @return {@link #systemName()}
   */
  @Override
  public String identity() {
    return systemName;
  }
}
