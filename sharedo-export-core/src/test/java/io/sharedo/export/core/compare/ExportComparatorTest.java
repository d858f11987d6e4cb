package io.sharedo.export.core.compare;

import static io.sharedo.export.core.compare.Packages.json;
import static io.sharedo.export.core.compare.Packages.workType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.ComponentKey;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.component.RawComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExportComparatorTest {
  private final ExportComparator comparator = ExportComparator.ofDefaults();

  private List<FieldDifference> differences(Map<String, ?> left, Map<String, ?> right) {
    return differences(comparator, left, right);
  }

  private static List<FieldDifference> differences(ExportComparator comparator, Map<String, ?> left,
      Map<String, ?> right) {
    ComparisonResult result = comparator.compare("uat", Packages.of(workType("matter", left)),
        "prod", Packages.of(workType("matter", right)));
    assertThat(result.components()).hasSize(1);
    return result.components().get(0).differences();
  }

  private static FieldDifference diff(String pointer, ChangeKind kind, Object left, Object right) {
    return new FieldDifference(pointer, kind, left, right);
  }

  @Test
  void reportsEachComponentAsAddedRemovedChangedOrUnchangedSortedByKey() {
    ExportPackage left = Packages.of(
        workType("matter", json("name", "Matter")),
        workType("legacy", json("name", "Legacy")),
        Packages.component("sharedo-workflow", "intake", json("name", "Intake")));
    ExportPackage right = Packages.of(
        Packages.component("sharedo-workflow", "intake", json("name", "Intake")),
        workType("matter", json("name", "Matter v2")),
        workType("claim", json("name", "Claim")));

    ComparisonResult result = comparator.compare("uat", left, "prod", right);

    assertThat(result.left()).isEqualTo("uat");
    assertThat(result.right()).isEqualTo("prod");
    assertThat(result.components()).extracting(ComponentComparison::key, ComponentComparison::kind)
        .containsExactly(
            tuple(new ComponentKey("sharedo-type", "claim"), ChangeKind.ADDED),
            tuple(new ComponentKey("sharedo-type", "legacy"), ChangeKind.REMOVED),
            tuple(new ComponentKey("sharedo-type", "matter"), ChangeKind.CHANGED),
            tuple(new ComponentKey("sharedo-workflow", "intake"), ChangeKind.UNCHANGED));
    assertThat(result.components().get(2).differences())
        .containsExactly(diff("/name", ChangeKind.CHANGED, "Matter", "Matter v2"));
  }

  @Test
  void componentsWithTheSameSystemNameFromDifferentProvidersAreDifferentComponents() {
    ComparisonResult result = comparator.compare(
        "a", Packages.of(Packages.component("sharedo-type", "matter", json())),
        "b", Packages.of(Packages.component("sharedo-form", "matter", json())));

    assertThat(result.components()).extracting(ComponentComparison::key, ComponentComparison::kind)
        .containsExactly(
            tuple(new ComponentKey("sharedo-form", "matter"), ChangeKind.ADDED),
            tuple(new ComponentKey("sharedo-type", "matter"), ChangeKind.REMOVED));
  }

  @Test
  void reorderedNamedThingsAreNotAChange() {
    List<Object> attributes = List.of(
        json("systemName", "matter-ref", "required", true),
        json("systemName", "client", "required", false));
    List<Object> reordered = List.of(attributes.get(1), attributes.get(0));

    assertThat(differences(json("attributes", attributes), json("attributes", reordered))).isEmpty();
  }

  @Test
  void namedThingsAreMatchedAndAddressedBySystemName() {
    Map<String, Object> left = json("attributes", List.of(
        json("systemName", "matter-ref", "required", false),
        json("systemName", "obsolete", "required", false)));
    Map<String, Object> right = json("attributes", List.of(
        json("systemName", "court", "required", true),
        json("systemName", "matter-ref", "required", true)));

    assertThat(differences(left, right)).containsExactly(
        diff("/attributes/matter-ref/required", ChangeKind.CHANGED, false, true),
        diff("/attributes/obsolete", ChangeKind.REMOVED, json("systemName", "obsolete", "required", false), null),
        diff("/attributes/court", ChangeKind.ADDED, null, json("systemName", "court", "required", true)));
  }

  @Test
  void arraysOfStringsCompareAsSets() {
    Map<String, Object> left = json("roles", List.of("reader", "editor", "auditor"));
    Map<String, Object> reordered = json("roles", List.of("auditor", "reader", "editor"));
    Map<String, Object> changed = json("roles", List.of("editor", "admin", "reader"));

    assertThat(differences(left, reordered)).isEmpty();
    assertThat(differences(left, changed)).containsExactly(
        diff("/roles/auditor", ChangeKind.REMOVED, "auditor", null),
        diff("/roles/admin", ChangeKind.ADDED, null, "admin"));
  }

  @Test
  void otherArraysCompareByPosition() {
    assertThat(differences(json("limits", List.of(1, 2)), json("limits", List.of(2, 1)))).containsExactly(
        diff("/limits/0", ChangeKind.CHANGED, 1, 2),
        diff("/limits/1", ChangeKind.CHANGED, 2, 1));
    assertThat(differences(json("limits", List.of(1)), json("limits", List.of(1, 5))))
        .containsExactly(diff("/limits/1", ChangeKind.ADDED, null, 5));
    assertThat(differences(json("limits", List.of(1, 5)), json("limits", List.of(1))))
        .containsExactly(diff("/limits/1", ChangeKind.REMOVED, 5, null));
  }

  @Test
  void repeatedSystemNamesFallBackToPositions() {
    Map<String, Object> left = json("steps", List.of(json("systemName", "a", "n", 1), json("systemName", "a", "n", 2)));
    Map<String, Object> right = json("steps", List.of(json("systemName", "a", "n", 1), json("systemName", "a", "n", 3)));

    assertThat(differences(left, right)).containsExactly(diff("/steps/1/n", ChangeKind.CHANGED, 2, 3));
  }

  @Test
  void anEmptyArrayAgainstNamedThingsReportsEachAsAdded() {
    Map<String, Object> right = json("steps", List.of(json("systemName", "open"), json("systemName", "close")));

    assertThat(differences(json("steps", List.of()), right)).extracting(FieldDifference::pointer, FieldDifference::kind)
        .containsExactly(
            tuple("/steps/open", ChangeKind.ADDED),
            tuple("/steps/close", ChangeKind.ADDED));
  }

  @Test
  void numbersCompareByValue() {
    Map<String, Object> left = json("a", 1, "b", 2L, "c", 0.1, "d", new BigDecimal("10"));
    Map<String, Object> right = json("a", 1.0, "b", new BigDecimal("2.00"), "c", 0.1f, "d", 10L);

    assertThat(differences(left, right)).isEmpty();
    assertThat(differences(json("a", 1), json("a", 1.5))).containsExactly(diff("/a", ChangeKind.CHANGED, 1, 1.5));
  }

  @Test
  void aNumberAndTheSameDigitsAsTextDiffer() {
    assertThat(differences(json("a", 1), json("a", "1"))).containsExactly(diff("/a", ChangeKind.CHANGED, 1, "1"));
  }

  @Test
  void defaultOptionsIgnoreVolatileFieldsAtAnyDepth() {
    Map<String, Object> left = json("lastModified", "2026-01-01", "id", "1",
        "attributes", List.of(json("systemName", "x", "lastModified", "2026-01-01", "id", 7)),
        "nested", json("exportedAt", "t1", "deep", json("version", 3)));
    Map<String, Object> right = json("lastModified", "2026-02-02", "id", "2",
        "attributes", List.of(json("systemName", "x", "lastModified", "2026-02-02")),
        "nested", json("exportedAt", "t2", "deep", json("version", 4)));

    assertThat(differences(left, right)).isEmpty();
  }

  @Test
  void aCustomIgnoreListReplacesTheDefaults() {
    ExportComparator custom = ExportComparator.create(new CompareOptions(Set.of("owner"), false));
    Map<String, Object> left = json("owner", "alice", "lastModified", "2026-01-01");
    Map<String, Object> right = json("owner", "bob", "lastModified", "2026-02-02");

    assertThat(differences(custom, left, right))
        .containsExactly(diff("/lastModified", ChangeKind.CHANGED, "2026-01-01", "2026-02-02"));
    assertThat(differences(ExportComparator.create(CompareOptions.ignoringNothing()), left, right)).hasSize(2);
  }

  @Test
  void pointerSegmentsAreEscapedPerRfc6901() {
    Map<String, Object> left = json("attributes", List.of(json("systemName", "a/b~c", "v", 1)), "x/y", 1);
    Map<String, Object> right = json("attributes", List.of(json("systemName", "a/b~c", "v", 2)), "x/y", 2);

    assertThat(differences(left, right)).extracting(FieldDifference::pointer)
        .containsExactly("/attributes/a~1b~0c/v", "/x~1y");
  }

  @Test
  void aValueOfAnotherTypeIsOneChangeOfTheWholeValue() {
    assertThat(differences(json("a", json("b", 1)), json("a", List.of(1))))
        .containsExactly(diff("/a", ChangeKind.CHANGED, json("b", 1), List.of(1)));
    assertThat(differences(json("a", "text"), json("a", json("b", 1))))
        .containsExactly(diff("/a", ChangeKind.CHANGED, "text", json("b", 1)));
  }

  @Test
  void aNullFieldEqualsAnAbsentOneButNotAValue() {
    assertThat(differences(json("a", null), json())).isEmpty();
    assertThat(differences(json(), json("a", null))).isEmpty();
    assertThat(differences(json("a", null), json("a", "x"))).containsExactly(diff("/a", ChangeKind.CHANGED, null, "x"));
  }

  @Test
  void addedAndRemovedFieldsCarryTheirValue() {
    assertThat(differences(json("old", List.of(1)), json("new", json("k", true)))).containsExactly(
        diff("/old", ChangeKind.REMOVED, List.of(1), null),
        diff("/new", ChangeKind.ADDED, null, json("k", true)));
  }

  @Test
  void comparesTenThousandComponentsPerSide() {
    List<RawComponent> left = new ArrayList<>();
    List<RawComponent> right = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Map<String, Object> properties = json("name", "Type " + i, "roles", List.of("a", "b"),
          "attributes", List.of(json("systemName", "f1", "required", true), json("systemName", "f2", "size", i)));
      left.add(workType("type-" + i, properties));
      Map<String, Object> other = new LinkedHashMap<>(properties);
      if (i % 100 == 0) {
        other.put("name", "Renamed " + i);
      }
      right.add(workType("type-" + (i % 1000 == 999 ? "new-" : "") + i, other));
    }
    Collections.reverse(right);

    ComparisonResult result = comparator.compare("a", Packages.of(left), "b", Packages.of(right));

    assertThat(result.count(ChangeKind.CHANGED)).isEqualTo(100);
    assertThat(result.count(ChangeKind.ADDED)).isEqualTo(10);
    assertThat(result.count(ChangeKind.REMOVED)).isEqualTo(10);
    assertThat(result.count(ChangeKind.UNCHANGED)).isEqualTo(10_000 - 100 - 10);
    List<ComponentKey> keys = result.components().stream().map(ComponentComparison::key).toList();
    ComponentKey[] sorted = keys.toArray(new ComponentKey[0]);
    Arrays.sort(sorted);
    assertThat(keys).containsExactly(sorted);
  }

  @Test
  void isRepeatableAndLeavesItsInputsUntouched() {
    ExportPackage left = Packages.of(workType("m", json("roles", List.of("b", "a"), "n", 1)));
    ExportPackage right = Packages.of(workType("m", json("roles", List.of("c"), "n", 2)));

    ComparisonResult first = comparator.compare("l", left, "r", right);

    assertThat(comparator.compare("l", left, "r", right)).isEqualTo(first);
    assertThat(left.others().get(0).properties().get("roles")).isEqualTo(List.of("b", "a"));
  }

  @Test
  void oneComparatorServesManyThreadsAtOnce() throws Exception {
    ExportPackage left = Packages.of(workType("m", json("roles", List.of("a"), "attributes",
        List.of(json("systemName", "x", "required", true)))));
    ExportPackage right = Packages.of(workType("m", json("roles", List.of("b"), "attributes",
        List.of(json("systemName", "x", "required", false)))));
    ComparisonResult expected = comparator.compare("l", left, "r", right);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ComparisonResult>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> comparator.compare("l", left, "r", right)));
      }
      for (Future<ComparisonResult> result : results) {
        assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.components().get(0).differences()).hasSize(3);
  }

  @Test
  void rejectsMissingArgumentsNamingThem() {
    ExportPackage pkg = Packages.of();
    assertThatThrownBy(() -> ExportComparator.create(null)).hasMessage("options cannot be null");
    assertThatThrownBy(() -> comparator.compare(" ", pkg, "r", pkg)).hasMessage("leftLabel cannot be blank");
    assertThatThrownBy(() -> comparator.compare("l", null, "r", pkg)).hasMessage("left cannot be null");
    assertThatThrownBy(() -> comparator.compare("l", pkg, null, pkg)).hasMessage("rightLabel cannot be null");
    assertThatThrownBy(() -> comparator.compare("l", pkg, "r", null)).hasMessage("right cannot be null");
  }
}
