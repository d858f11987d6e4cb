package io.sharedo.export.testkit.internal;

import java.util.List;
import java.util.Set;

/** The 39 top-level sections of a real {@code sharedo-type} step file, in file order. Stateless. */
final class WorkTypeSections {
  static final List<String> ALL = List.of("BaseSharedo", "PhasePlan", "Phases", "PhaseTransitions",
      "Relationships", "WorkScheduling", "OldEnabledFeatures", "FeatureFrameworkEntries", "FeatureFlagEntries",
      "SharedoTypeRoles", "RoleAssociations", "RoleSourcingRules", "RoleSourcingAncestorRestrictions",
      "RoleSourcingRoleRestrictions", "RoleSourcingOdsConnections", "DataQualityRules",
      "DataQualityBusinessRules", "Aspects", "AspectStripingRules", "AspectStripingRuleSelections",
      "SharedoTypeRolePermissions", "SyncRules", "TitleGenerator", "ReferenceGenerator", "TypeScopeBindings",
      "RoleScopeBindings", "Menus", "MenuItems", "MenuItemBusinessRules", "UiOperations", "Breadcrumbs",
      "CalculatedFields", "PhaseTransitionGuards", "KeyDateAssociations", "KeyDateAssociationCategories",
      "KeyDateAssociationDisplayRules", "RoleMenus", "DynamicMenus", "ConventionalPermissions");

  /** Sections that hold one object (null when unused); every other section is a list. */
  static final Set<String> OBJECTS = Set.of("BaseSharedo", "PhasePlan", "WorkScheduling", "TitleGenerator",
      "ReferenceGenerator");

  /** Sections built from the typed model, never from raw JSON. */
  static final Set<String> TYPED = Set.of("BaseSharedo", "PhasePlan", "Phases", "PhaseTransitions",
      "SharedoTypeRoles", "SharedoTypeRolePermissions", "Aspects");

  private WorkTypeSections() {}
}
