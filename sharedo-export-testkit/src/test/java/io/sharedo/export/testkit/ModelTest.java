package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void transitionToAnUnknownPhaseIsRefusedNamingIt() {
    assertThatThrownBy(() -> WorkTypeModel.builder("matter").phase(PhaseModel.of("matter-open", "Open"))
        .transition(PhaseTransitionModel.of("close", "matter-open", "matter-closed", "Close")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matter-closed");
  }

  @Test
  void rolePermissionForAnUnknownRoleOrPhaseIsRefused() {
    assertThatThrownBy(() -> WorkTypeModel.builder("matter")
        .rolePermission(RolePermissionModel.of("core.read", "client")).build()).hasMessageContaining("client");
    assertThatThrownBy(() -> WorkTypeModel.builder("matter").role(RoleModel.of("client"))
        .rolePermission(RolePermissionModel.of("core.read", "client").withPhase("nowhere")).build())
        .hasMessageContaining("nowhere");
  }

  @Test
  void rawSectionsMustBeJsonAndCannotReplaceTypedOnes() {
    assertThatThrownBy(() -> WorkTypeModel.builder("matter").section("Menus", "[not json").build())
        .hasMessageContaining("Menus");
    assertThatThrownBy(() -> WorkTypeModel.builder("matter").section("Phases", "[]").build())
        .hasMessageContaining("typed");
  }

  @Test
  void addingAnElementWithTheSameIdentityReplacesItInPlace() {
    WorkTypeModel w = WorkTypeModel.builder("matter").role(RoleModel.of("client")).role(RoleModel.of("partner"))
        .role(RoleModel.of("client").withMandatory(true)).build();
    assertThat(w.roles()).containsExactly(RoleModel.of("client").withMandatory(true), RoleModel.of("partner"));
    WorkTypeModel renamed = w.toBuilder().name("Client matter").build();
    assertThat(renamed.name()).isEqualTo("Client matter");
    assertThat(renamed.roles()).isEqualTo(w.roles());
    assertThat(renamed.phasePlanName()).isEqualTo("matter");
  }

  @Test
  void rawStepNeedsJsonObjects() {
    assertThatThrownBy(() -> RawStepModel.of("portal", "p", "d", "[]")).hasMessageContaining("contentJson");
    assertThat(RawStepModel.of("portal", "p", "d", "{}").systemName()).isEqualTo("p");
    assertThatThrownBy(() -> new DependencyModel("portal", "nope", "r", "d", true)).hasMessageContaining("selectorJson");
  }

  @Test
  void environmentVersionMustLookLikeAShareDoVersion() {
    assertThatThrownBy(() -> EnvironmentModel.builder("uat").sharedoVersion("seven").build())
        .hasMessageContaining("7.9.0.0");
  }
}
