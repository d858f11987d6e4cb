package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.AspectModel;
import io.sharedo.export.testkit.DependencyModel;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.PhaseModel;
import io.sharedo.export.testkit.PhaseTransitionModel;
import io.sharedo.export.testkit.RawStepModel;
import io.sharedo.export.testkit.RoleModel;
import io.sharedo.export.testkit.RolePermissionModel;
import io.sharedo.export.testkit.WorkTypeModel;
import io.sharedo.export.testkit.WorkTypeModelBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The built-in demo environments: {@code uat}, and {@code vnext} derived from it with the changes real
 * environments show (see the README's table). Every server-assigned GUID differs between the two,
 * because the environment's name seeds them. Stateless.
 */
public final class DemoData {
  private static final String[][] MATTER_ROLES = {
      // participant role, mandatory, can have multiple
      {"client", "true", "false"}, {"fee-earner", "true", "false"}, {"supervisor", "false", "false"},
      {"partner", "false", "false"}, {"paralegal", "false", "true"}, {"secretary", "false", "true"},
      {"billing-contact", "false", "false"}, {"opposing-party", "false", "true"},
      {"opposing-solicitor", "false", "true"}, {"counsel", "false", "false"}, {"expert-witness", "false", "true"},
      {"observer", "false", "true"}};

  private DemoData() {}

  /** @return the demo environments, {@code uat} first */
  public static List<EnvironmentModel> environments() {
    EnvironmentModel uat = uat();
    return List.of(uat, vnext(uat));
  }

  static EnvironmentModel uat() {
    return EnvironmentModel.builder("uat").exportedFrom("Acme UAT")
        .workType(matter())
        .workType(dispute())
        .rawStep(RawStepModel.of("global-feature", "Core.Case", "The 'Core.Case' global feature",
            "{\"SystemName\":\"Core.Case\",\"Name\":\"Case management\",\"IsEnabled\":true,\"Settings\":[]}"))
        .rawStep(RawStepModel.of("option-set", "matter-status", "The 'matter-status' option set",
            "{\"SystemName\":\"matter-status\",\"Name\":\"Matter status\",\"Options\":["
                + "{\"SystemName\":\"open\",\"Name\":\"Open\",\"IsActive\":true},"
                + "{\"SystemName\":\"closed\",\"Name\":\"Closed\",\"IsActive\":true}]}"))
        .build();
  }

  private static WorkTypeModel matter() {
    WorkTypeModelBuilder b = WorkTypeModel.builder("matter").name("Matter").description("A client matter")
        .iconClass("fa-briefcase").coreCaseType(true)
        .phase(PhaseModel.of("matter-enquiry", "Enquiry").withStart(true).withExpectedDurationSeconds(604_800L))
        .phase(PhaseModel.of("matter-open", "Open"))
        .phase(PhaseModel.of("matter-on-hold", "On hold"))
        .phase(PhaseModel.of("matter-closed", "Closed").withOpen(false))
        .transition(PhaseTransitionModel.of("matter-enquiry-to-open", "matter-enquiry", "matter-open", "Open matter"))
        .transition(PhaseTransitionModel.of("matter-open-to-on-hold", "matter-open", "matter-on-hold", "Put on hold"))
        .transition(PhaseTransitionModel.of("matter-on-hold-to-open", "matter-on-hold", "matter-open", "Resume"))
        .transition(PhaseTransitionModel.of("matter-open-to-closed", "matter-open", "matter-closed", "Close"))
        .transition(PhaseTransitionModel.of("matter-on-hold-to-closed", "matter-on-hold", "matter-closed",
            "Close while on hold").withUserDriven(false));
    for (String[] r : MATTER_ROLES) {
      b.role(RoleModel.of(r[0]).withMandatory(Boolean.parseBoolean(r[1]))
          .withCanHaveMultiple(Boolean.parseBoolean(r[2])));
    }
    for (String[] r : MATTER_ROLES) {
      b.rolePermission(RolePermissionModel.of("core.read", r[0]));
    }
    for (String role : List.of("fee-earner", "supervisor", "partner", "paralegal", "secretary")) {
      b.rolePermission(RolePermissionModel.of("core.write", role));
    }
    b.rolePermission(RolePermissionModel.of("core.documents.upload", "fee-earner").withPhase("matter-open"))
        .rolePermission(RolePermissionModel.of("core.documents.upload", "paralegal").withPhase("matter-open"))
        .rolePermission(RolePermissionModel.of("matter.close", "partner"))
        .rolePermission(RolePermissionModel.of("matter.close", "supervisor"))
        .rolePermission(RolePermissionModel.of("matter.billing", "billing-contact"))
        .rolePermission(RolePermissionModel.of("matter.billing", "partner"))
        .rolePermission(RolePermissionModel.of("core.delete", "partner").withUserOnly(true))
        .aspect(AspectModel.of("matter-summary", "main", 1))
        .aspect(AspectModel.of("matter-key-dates", "main", 2))
        .aspect(AspectModel.of("matter-documents", "main", 3))
        .aspect(AspectModel.of("matter-participants", "side", 1))
        .aspect(AspectModel.of("matter-billing", "side", 2))
        .globalFeature("Core.Case", "Core.Billing", "Core.KeyDates")
        .dependency(DependencyModel.mandatory("option-set", "matter-status",
            "This work type has attributes that use this option set."))
        .dependency(DependencyModel.mandatory("search-scope", "matters", "This work type is in this search scope."))
        .section("TitleGenerator", "{\"Template\":\"{reference} {client.name}\",\"IsEnabled\":true}")
        .section("KeyDateAssociations",
            "[{\"KeyDateTypeSystemName\":\"limitation-date\",\"IsMandatory\":false,\"DisplayOrder\":1}]");
    return b.build();
  }

  private static WorkTypeModel dispute() {
    return WorkTypeModel.builder("dispute").name("Dispute").description("A contentious matter").parent("matter")
        .iconClass("fa-gavel")
        .phase(PhaseModel.of("dispute-pre-action", "Pre-action").withStart(true))
        .phase(PhaseModel.of("dispute-proceedings", "Proceedings"))
        .phase(PhaseModel.of("dispute-settled", "Settled").withOpen(false))
        .transition(PhaseTransitionModel.of("dispute-issue", "dispute-pre-action", "dispute-proceedings", "Issue claim"))
        .transition(PhaseTransitionModel.of("dispute-settle", "dispute-proceedings", "dispute-settled", "Settle"))
        .role(RoleModel.of("fee-earner").withMandatory(true))
        .role(RoleModel.of("claimant").withCanHaveMultiple(true))
        .role(RoleModel.of("defendant").withCanHaveMultiple(true))
        .role(RoleModel.of("counsel"))
        .rolePermission(RolePermissionModel.of("core.read", "fee-earner"))
        .rolePermission(RolePermissionModel.of("core.write", "fee-earner"))
        .rolePermission(RolePermissionModel.of("core.read", "counsel"))
        .rolePermission(RolePermissionModel.of("dispute.issue", "fee-earner").withPhase("dispute-pre-action"))
        .aspect(AspectModel.of("dispute-claim", "main", 1))
        .globalFeature("Core.Case")
        .build();
  }

  /**
   * {@code uat} with the changes real environments show: the {@code dispute} work type renamed, a
   * {@code compliance-officer} role added to {@code matter}, its {@code supervisor} role made mandatory,
   * its {@code matter-on-hold} phase renamed "Paused", its roles and role permissions in another order,
   * and (through the environment's name) different GUIDs everywhere.
   */
  static EnvironmentModel vnext(EnvironmentModel uat) {
    WorkTypeModel matter = uat.workType("matter").orElseThrow();
    WorkTypeModelBuilder b = matter.toBuilder()
        .role(RoleModel.of("compliance-officer"))
        .rolePermission(RolePermissionModel.of("core.read", "compliance-officer"))
        .phase(matter.phases().get(2).withName("Paused"));
    RoleModel supervisor = matter.roles().stream().filter(r -> r.participantRoleSystemName().equals("supervisor"))
        .findFirst().orElseThrow();
    b.role(supervisor.withMandatory(true)).moveRoleToEnd("client").moveRoleToEnd("fee-earner");
    List<RolePermissionModel> reversed = new ArrayList<>(b.build().rolePermissions());
    Collections.reverse(reversed);
    b.rolePermissions(reversed);
    WorkTypeModel dispute = uat.workType("dispute").orElseThrow().toBuilder().name("Litigation dispute").build();
    return uat.toBuilder("vnext").exportedFrom("Acme vNext").workType(b.build()).workType(dispute).build();
  }
}
