package io.sharedo.export.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentRecordsTest {

  @Test
  void propertiesAreDeeplyImmutableAndKeepJsonNulls() {
    Map<String, Object> nested = new HashMap<>();
    nested.put("parentSystemName", null);
    List<Object> roles = new ArrayList<>(List.of("owner"));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("systemName", "matter");
    json.put("roles", roles);
    json.put("meta", nested);

    RawComponent c = new RawComponent("acme-widget", "matter", "Matter", json);
    roles.add("later");

    assertThat(c.properties()).containsKeys("systemName", "roles", "meta");
    assertThat(castList(c.properties().get("roles"))).containsExactly("owner");
    assertThat(c.properties().get("meta")).isEqualTo(nested);
    assertThat(castMap(c.properties().get("meta"))).containsEntry("parentSystemName", null);
    assertThatThrownBy(() -> castList(c.properties().get("roles")).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.key()).isEqualTo(new ComponentKey("acme-widget", "matter"));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> castList(Object o) {
    return (List<Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void nonJsonValuesAreRejectedNamingTheField() {
    assertThatThrownBy(() -> new RawComponent("p", "s", "n", Map.of("when", new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("properties.when");
  }

  @Test
  void workTypesReportTheirProviderAndIdentity() {
    WorkType wt = workType("matter");

    assertThat(wt.provider()).isEqualTo(Providers.WORK_TYPE);
    assertThat(wt.identity()).isEqualTo("matter");
    assertThat(wt.key()).isEqualTo(new ComponentKey("sharedo-type", "matter"));
    assertThatThrownBy(() -> new WorkTypeRole(" ", false, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participantRoleSystemName");
  }

  @Test
  void packageGroupsWorkTypesThenOthersByProvider() {
    RawComponent portal = new RawComponent("portal", "p", "", Map.of());
    RawComponent feature = new RawComponent("global-feature", "x", "", Map.of());
    RawComponent feature2 = new RawComponent("global-feature", "a", "", Map.of());
    WorkType wt = workType("matter");
    ExportPackage pkg = new ExportPackage(manifest(List.of()), List.of(wt), List.of(portal, feature, feature2));

    assertThat(pkg.allComponents()).containsExactly(wt, feature, feature2, portal);
    assertThat(pkg.others("global-feature")).containsExactly(feature, feature2);
    assertThat(pkg.find(new ComponentKey("portal", "p"))).contains(portal);
    assertThat(pkg.find(new ComponentKey("portal", "q"))).isEmpty();
    assertThat(pkg.workType("matter")).contains(wt);
  }

  @Test
  void manifestListsWhatThePackageLacks() {
    StepDependency included = new StepDependency(DependencyKind.MANDATORY, "global-feature",
        Map.of("SystemName", "Core.Case"), "why", "what", "id-1", true);
    StepDependency missing = new StepDependency(DependencyKind.RECOMMENDED, "portal",
        Map.of("Title", "T", "SharedoTypeSystemName", "matter"), null, null, null, false);
    ManifestStep step = new ManifestStep("id-0", "The matter", "sharedo-type", Map.of("systemName", "matter"),
        "sharedo-type-matter-id-0.json", List.of(included, missing));

    PackageManifest manifest = manifest(List.of(step));

    assertThat(manifest.missingDependencies()).containsExactly(missing);
    assertThat(step.dependencies(DependencyKind.MANDATORY)).containsExactly(included);
    assertThat(step.selectorSystemName()).isEqualTo("matter");
    assertThat(step.selectorIdentity()).isEqualTo("matter");
    assertThat(included.identity()).isEqualTo("Core.Case");
    assertThat(missing.identity()).isEqualTo("{\"SharedoTypeSystemName\":\"matter\",\"Title\":\"T\"}");
    assertThat(manifest.step("id-0")).contains(step);
    assertThatThrownBy(() -> new StepDependency(DependencyKind.MANDATORY, "p", Map.of(), null, null, null, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packageStepId");
  }

  private static PackageManifest manifest(List<ManifestStep> steps) {
    return new PackageManifest("VeryBasic", null, null, null, "7.9.0.0", steps, List.of());
  }

  private static WorkType workType(String systemName) {
    return new WorkType(systemName, "Matter", null, null, null, true, false, null, List.of(), List.of(),
        List.of(new WorkTypeRole("client", false, true, false)), List.of(), Map.of());
  }

  @Test
  void comparisonInvariantsAreEnforced() {
    ComponentKey key = new ComponentKey("sharedo-type", "matter");
    FieldDifference diff = new FieldDifference("/roles/owner", ChangeKind.ADDED, null, "owner");

    assertThatThrownBy(() -> new ComponentComparison(key, ChangeKind.CHANGED, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differences");
    assertThatThrownBy(() -> new FieldDifference("roles", ChangeKind.ADDED, null, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pointer");
    ComparisonResult result = new ComparisonResult("uat", "vnext",
        List.of(new ComponentComparison(key, ChangeKind.CHANGED, List.of(diff))));
    assertThat(result.hasDifferences()).isTrue();
    assertThat(result.count(ChangeKind.CHANGED)).isEqualTo(1);
    assertThat(CompareOptions.defaults().ignoredFields()).contains("CreatedOn", "StorageFilename");
  }
}
