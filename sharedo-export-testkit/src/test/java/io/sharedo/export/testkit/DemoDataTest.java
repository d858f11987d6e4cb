package io.sharedo.export.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DemoDataTest {
  private final FakeShareDoServer server = FakeShareDoServer.builder().demoData().build();
  private final EnvironmentModel uat = server.environment("uat");
  private final EnvironmentModel vnext = server.environment("vnext");

  private static <T> List<String> names(List<T> list, Function<T, String> key) {
    return list.stream().map(key).toList();
  }

  private static RoleModel role(WorkTypeModel w, String name) {
    return w.roles().stream().filter(r -> r.participantRoleSystemName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void matterIsRealisticInBothEnvironments() {
    for (EnvironmentModel env : List.of(uat, vnext)) {
      WorkTypeModel matter = env.workType("matter").orElseThrow();
      assertThat(matter.phases()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(matter.transitions()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(matter.roles()).hasSizeGreaterThanOrEqualTo(10);
      assertThat(matter.rolePermissions()).hasSizeGreaterThanOrEqualTo(20);
      assertThat(matter.aspects()).isNotEmpty();
      assertThat(env.workTypes()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void vnextDiffersTheWayRealEnvironmentsDo() {
    WorkTypeModel before = uat.workType("matter").orElseThrow();
    WorkTypeModel after = vnext.workType("matter").orElseThrow();
    // a renamed work type
    assertThat(uat.workType("dispute").orElseThrow().name()).isEqualTo("Dispute");
    assertThat(vnext.workType("dispute").orElseThrow().name()).isEqualTo("Litigation dispute");
    // an added role
    assertThat(names(after.roles(), RoleModel::participantRoleSystemName)).contains("compliance-officer");
    assertThat(names(before.roles(), RoleModel::participantRoleSystemName)).doesNotContain("compliance-officer");
    // a flipped role flag
    assertThat(role(before, "supervisor").mandatory()).isFalse();
    assertThat(role(after, "supervisor").mandatory()).isTrue();
    // a renamed phase
    assertThat(before.phases().get(2).name()).isEqualTo("On hold");
    assertThat(after.phases().get(2).name()).isEqualTo("Paused");
    assertThat(after.phases().get(2).systemName()).isEqualTo(before.phases().get(2).systemName());
    // lists in another order
    assertThat(names(after.roles(), RoleModel::participantRoleSystemName))
        .isNotEqualTo(names(before.roles(), RoleModel::participantRoleSystemName));
    assertThat(after.rolePermissions().get(0)).isNotEqualTo(before.rolePermissions().get(0));
    assertThat(after.rolePermissions()).containsAll(before.rolePermissions());
    // manifests say where they came from
    assertThat(uat.exportedFrom()).isEqualTo("Acme UAT");
    assertThat(vnext.exportedFrom()).isEqualTo("Acme vNext");
  }
}
