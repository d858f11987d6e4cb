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
  void typedComponentsReportTheirProvider() {
    Workflow wf = new Workflow("intake", "Intake", null, List.of("start"), Map.of());
    WorkType wt = new WorkType("matter", "Matter", null, true, null, List.of(new Attribute("ref", "string", true)),
        List.of("owner"), List.of("intake"), null, Map.of());

    assertThat(wf.provider()).isEqualTo(Providers.WORKFLOW);
    assertThat(wt.key()).isEqualTo(new ComponentKey("sharedo-type", "matter"));
    assertThatThrownBy(() -> new Attribute(" ", null, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("systemName");
  }

  @Test
  void packageGroupsAndFindsComponents() {
    PackageManifest manifest = new PackageManifest(1, "job", "uat", null,
        List.of(new ManifestStep("sharedo-type", "steps/0001.json", "matter")));
    WorkType wt = new WorkType("matter", "Matter", null, true, null, List.of(), List.of(), List.of(), null, Map.of());
    RawComponent other = new RawComponent("acme", "x", "", Map.of());
    ExportPackage pkg = new ExportPackage(manifest, List.of(wt), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(other));

    assertThat(pkg.allComponents()).containsExactly(wt, other);
    assertThat(pkg.find(new ComponentKey("acme", "x"))).contains(other);
    assertThat(pkg.find(new ComponentKey("acme", "y"))).isEmpty();
    assertThatThrownBy(() -> new PackageManifest(0, null, null, null, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("packageFormatVersion");
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
    assertThat(CompareOptions.defaults().ignoredFields()).contains("lastModified");
  }
}
