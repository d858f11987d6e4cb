package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import io.sharedo.export.testkit.internal.WorkTypeChecks;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A work type (export provider {@code sharedo-type}) as ShareDo's modeller holds it: the
 * {@code BaseSharedo} fields, a phase plan with phases and transitions, participant roles, role
 * permissions and aspects, plus any other of the step file's 39 sections as raw JSON. Its step file
 * always carries all 39 sections (empty lists or null when unused), and its manifest entry lists what it
 * needs as dependencies: itself, its parent, each participant role and permission (mandatory), each global
 * feature (recommended) and any {@link DependencyModel} given.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/TestkitSnippets.java#WorkTypeModel -->
 * <pre>{@code
 * WorkTypeModel matter = WorkTypeModel.builder("matter").name("Matter").abstractType(true)
 *     .phase(PhaseModel.of("matter-open", "Open").withStart(true))
 *     .phase(PhaseModel.of("matter-closed", "Closed").withOpen(false))
 *     .transition(PhaseTransitionModel.of("matter-close", "matter-open", "matter-closed", "Close"))
 *     .role(RoleModel.of("client").withMandatory(true))
 *     .rolePermission(RolePermissionModel.of("core.read", "client"))
 *     .globalFeature("Core.Case")
 *     .section("KeyDateAssociations", "[{\"KeyDateSystemName\":\"limitation\"}]")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one with {@link #builder(String)}, derive a changed copy with
 * {@link #toBuilder()}.
 *
 * @param systemName {@code BaseSharedo.SystemName}
 * @param name {@code BaseSharedo.Name}
 * @param shortName {@code BaseSharedo.ShortName}, or null
 * @param description {@code BaseSharedo.Description}, or null
 * @param parentSystemName {@code BaseSharedo.ParentSystemName}, or null for a root type
 * @param iconClass {@code BaseSharedo.IconClass}, or null
 * @param active {@code BaseSharedo.IsActive}
 * @param abstractType {@code BaseSharedo.IsAbstract}
 * @param coreCaseType {@code BaseSharedo.IsCoreCaseType}
 * @param phasePlanName the {@code PhasePlan.Name}; the plan ({@code <systemName>-phase-plan}) is written
 *     only when there are phases
 * @param phases {@code Phases}, in file order
 * @param transitions {@code PhaseTransitions}, between the phases above
 * @param roles {@code SharedoTypeRoles}, one per participant role
 * @param rolePermissions {@code SharedoTypeRolePermissions}, for the roles and phases above
 * @param aspects {@code Aspects}
 * @param globalFeatures global features it has configuration for (recommended dependencies)
 * @param dependencies further dependencies for its manifest entry
 * @param sections other sections as raw JSON text by section name, in insertion order; they replace the
 *     empty default of a known section or are added after the 39
 */
public record WorkTypeModel(
    String systemName,
    String name,
    @Nullable String shortName,
    @Nullable String description,
    @Nullable String parentSystemName,
    @Nullable String iconClass,
    boolean active,
    boolean abstractType,
    boolean coreCaseType,
    String phasePlanName,
    List<PhaseModel> phases,
    List<PhaseTransitionModel> transitions,
    List<RoleModel> roles,
    List<RolePermissionModel> rolePermissions,
    List<AspectModel> aspects,
    List<String> globalFeatures,
    List<DependencyModel> dependencies,
    Map<String, String> sections) {

  /** Checks the arguments (references between phases, transitions, roles and permissions too) and copies. */
  public WorkTypeModel {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notBlank(phasePlanName, "phasePlanName");
    phases = Args.copy(phases, "phases");
    transitions = Args.copy(transitions, "transitions");
    roles = Args.copy(roles, "roles");
    rolePermissions = Args.copy(rolePermissions, "rolePermissions");
    aspects = Args.copy(aspects, "aspects");
    globalFeatures = Args.copy(globalFeatures, "globalFeatures");
    dependencies = Args.copy(dependencies, "dependencies");
    sections = WorkTypeChecks.sections(sections);
    WorkTypeChecks.references(systemName, phases, transitions, roles, rolePermissions);
  }

  /**
   * A builder for a work type with this system name: named after it, active, not abstract, not a core
   * case type, with nothing else.
   *
   * @param systemName the work type's system name
   * @return a new builder
   */
  public static WorkTypeModelBuilder builder(String systemName) {
    return new WorkTypeModelBuilder(systemName);
  }

  /**
   * A builder holding this work type, for deriving a changed copy.
   *
   * @return a new builder
   */
  public WorkTypeModelBuilder toBuilder() {
    return new WorkTypeModelBuilder(this);
  }
}
