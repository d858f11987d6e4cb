package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds a {@link WorkTypeModel}. Not thread-safe; {@link #build()} copies, so a builder can be reused. */
public final class WorkTypeModelBuilder {
  private final String systemName;
  private String name;
  private @Nullable String shortName;
  private @Nullable String description;
  private @Nullable String parentSystemName;
  private @Nullable String iconClass;
  private boolean active = true;
  private boolean abstractType;
  private boolean coreCaseType;
  private @Nullable String phasePlanName;
  private final List<PhaseModel> phases = new ArrayList<>();
  private final List<PhaseTransitionModel> transitions = new ArrayList<>();
  private final List<RoleModel> roles = new ArrayList<>();
  private final List<RolePermissionModel> rolePermissions = new ArrayList<>();
  private final List<AspectModel> aspects = new ArrayList<>();
  private final List<String> globalFeatures = new ArrayList<>();
  private final List<DependencyModel> dependencies = new ArrayList<>();
  private final Map<String, String> sections = new LinkedHashMap<>();

  WorkTypeModelBuilder(String systemName) {
    this.systemName = Args.notBlank(systemName, "systemName");
    this.name = systemName;
  }

  WorkTypeModelBuilder(WorkTypeModel w) {
    this(w.systemName());
    name = w.name();
    shortName = w.shortName();
    description = w.description();
    parentSystemName = w.parentSystemName();
    iconClass = w.iconClass();
    active = w.active();
    abstractType = w.abstractType();
    coreCaseType = w.coreCaseType();
    phasePlanName = w.phasePlanName();
    phases.addAll(w.phases());
    transitions.addAll(w.transitions());
    roles.addAll(w.roles());
    rolePermissions.addAll(w.rolePermissions());
    aspects.addAll(w.aspects());
    globalFeatures.addAll(w.globalFeatures());
    dependencies.addAll(w.dependencies());
    sections.putAll(w.sections());
  }

  /**
   * Sets the display name (default: the system name).
   *
   * @param value the name
   * @return this builder
   */
  public WorkTypeModelBuilder name(String value) {
    this.name = Args.notBlank(value, "name");
    return this;
  }

  /**
   * Sets the short name.
   *
   * @param value the short name, or null
   * @return this builder
   */
  public WorkTypeModelBuilder shortName(@Nullable String value) {
    this.shortName = value;
    return this;
  }

  /**
   * Sets the description.
   *
   * @param value the description, or null
   * @return this builder
   */
  public WorkTypeModelBuilder description(@Nullable String value) {
    this.description = value;
    return this;
  }

  /**
   * Sets the parent work type (written as {@code ParentSystemName}, in {@code SystemNamePath}, and as a
   * mandatory dependency).
   *
   * @param value the parent's system name, or null for a root type
   * @return this builder
   */
  public WorkTypeModelBuilder parent(@Nullable String value) {
    this.parentSystemName = value;
    return this;
  }

  /**
   * Sets the icon class.
   *
   * @param value e.g. {@code fa-briefcase}, or null
   * @return this builder
   */
  public WorkTypeModelBuilder iconClass(@Nullable String value) {
    this.iconClass = value;
    return this;
  }

  /**
   * Sets whether the work type is active (default true).
   *
   * @param value whether it is active
   * @return this builder
   */
  public WorkTypeModelBuilder active(boolean value) {
    this.active = value;
    return this;
  }

  /**
   * Sets whether the work type is abstract (only its children are instantiated; default false).
   *
   * @param value whether it is abstract
   * @return this builder
   */
  public WorkTypeModelBuilder abstractType(boolean value) {
    this.abstractType = value;
    return this;
  }

  /**
   * Sets whether the work type is a core case type (default false).
   *
   * @param value whether it is one
   * @return this builder
   */
  public WorkTypeModelBuilder coreCaseType(boolean value) {
    this.coreCaseType = value;
    return this;
  }

  /**
   * Sets the phase plan's name (default: the work type's name).
   *
   * @param value the name
   * @return this builder
   */
  public WorkTypeModelBuilder phasePlanName(String value) {
    this.phasePlanName = Args.notBlank(value, "phasePlanName");
    return this;
  }

  /**
   * Adds a phase, or replaces the one with the same system name in place.
   *
   * @param phase the phase
   * @return this builder
   */
  public WorkTypeModelBuilder phase(PhaseModel phase) {
    return put(phases, Args.notNull(phase, "phase"), PhaseModel::systemName);
  }

  /**
   * Adds a transition, or replaces the one with the same system name in place.
   *
   * @param transition the transition
   * @return this builder
   */
  public WorkTypeModelBuilder transition(PhaseTransitionModel transition) {
    return put(transitions, Args.notNull(transition, "transition"), PhaseTransitionModel::systemName);
  }

  /**
   * Adds a role, or replaces the one for the same participant role in place.
   *
   * @param role the role
   * @return this builder
   */
  public WorkTypeModelBuilder role(RoleModel role) {
    return put(roles, Args.notNull(role, "role"), RoleModel::participantRoleSystemName);
  }

  /**
   * Adds a role permission, or replaces the one with the same permission, role and phase in place.
   *
   * @param permission the role permission
   * @return this builder
   */
  public WorkTypeModelBuilder rolePermission(RolePermissionModel permission) {
    return put(rolePermissions, Args.notNull(permission, "permission"),
        p -> p.permissionSystemName() + "|" + p.participantRoleSystemName() + "|" + p.phaseSystemName());
  }

  /**
   * Replaces every role permission with these, in this order.
   *
   * @param permissions the role permissions
   * @return this builder
   */
  public WorkTypeModelBuilder rolePermissions(List<RolePermissionModel> permissions) {
    List<RolePermissionModel> copy = Args.copy(permissions, "permissions");
    rolePermissions.clear();
    copy.forEach(this::rolePermission);
    return this;
  }

  /**
   * Adds an aspect, or replaces the one with the same definition and zone in place.
   *
   * @param aspect the aspect
   * @return this builder
   */
  public WorkTypeModelBuilder aspect(AspectModel aspect) {
    return put(aspects, Args.notNull(aspect, "aspect"), a -> a.aspectDefinitionSystemName() + "|" + a.zoneName());
  }

  /**
   * Adds global features the work type has configuration for (recommended dependencies).
   *
   * @param systemNames e.g. {@code Core.Case}
   * @return this builder
   */
  public WorkTypeModelBuilder globalFeature(String... systemNames) {
    for (String s : Args.notNull(systemNames, "systemNames")) {
      put(globalFeatures, Args.notBlank(s, "systemName"), x -> x);
    }
    return this;
  }

  /**
   * Adds a dependency to its manifest entry, beyond those it lists by itself.
   *
   * @param dependency the dependency
   * @return this builder
   */
  public WorkTypeModelBuilder dependency(DependencyModel dependency) {
    dependencies.add(Args.notNull(dependency, "dependency"));
    return this;
  }

  /**
   * Sets a section of the step file to raw JSON: a known section other than the typed ones
   * ({@code BaseSharedo}, {@code PhasePlan}, {@code Phases}, {@code PhaseTransitions},
   * {@code SharedoTypeRoles}, {@code SharedoTypeRolePermissions}, {@code Aspects}), or an extra one.
   *
   * @param sectionName e.g. {@code KeyDateAssociations}
   * @param json its content, any JSON value
   * @return this builder
   */
  public WorkTypeModelBuilder section(String sectionName, String json) {
    sections.put(Args.notBlank(sectionName, "sectionName"), Args.notNull(json, "json"));
    return this;
  }

  /**
   * Moves the role for this participant role to the end of the list, as another environment may
   * order its records.
   *
   * @param participantRoleSystemName the participant role
   * @return this builder
   */
  public WorkTypeModelBuilder moveRoleToEnd(String participantRoleSystemName) {
    RoleModel role = roles.stream().filter(r -> r.participantRoleSystemName().equals(participantRoleSystemName))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no role " + participantRoleSystemName));
    roles.remove(role);
    roles.add(role);
    return this;
  }

  private <T> WorkTypeModelBuilder put(List<T> list, T element, Function<T, String> key) {
    String k = key.apply(element);
    for (int i = 0; i < list.size(); i++) {
      if (key.apply(list.get(i)).equals(k)) {
        list.set(i, element);
        return this;
      }
    }
    list.add(element);
    return this;
  }

  /**
   * Builds the work type.
   *
   * @return an immutable work type
   * @throws IllegalArgumentException when a transition, role permission or section is inconsistent
   */
  public WorkTypeModel build() {
    return new WorkTypeModel(systemName, name, shortName, description, parentSystemName, iconClass, active,
        abstractType, coreCaseType, phasePlanName == null ? name : phasePlanName, phases, transitions, roles,
        rolePermissions, aspects, globalFeatures, dependencies, sections);
  }
}
