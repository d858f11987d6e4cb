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
import io.sharedo.export.core.pkg.PackageReader;
import io.sharedo.export.core.pkg.TestPackages;
import io.sharedo.export.core.pkg.TestZip;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Packages.component("global-feature", "Core.Case", json("name", "Case")));
    ExportPackage right = Packages.of(
        Packages.component("global-feature", "Core.Case", json("name", "Case")),
        workType("matter", json("name", "Matter v2")),
        workType("claim", json("name", "Claim")));

    ComparisonResult result = comparator.compare("uat", left, "prod", right);

    assertThat(result.left()).isEqualTo("uat");
    assertThat(result.right()).isEqualTo("prod");
    assertThat(result.components()).extracting(ComponentComparison::key, ComponentComparison::kind)
        .containsExactly(
            tuple(new ComponentKey("global-feature", "Core.Case"), ChangeKind.UNCHANGED),
            tuple(new ComponentKey("sharedo-type", "claim"), ChangeKind.ADDED),
            tuple(new ComponentKey("sharedo-type", "legacy"), ChangeKind.REMOVED),
            tuple(new ComponentKey("sharedo-type", "matter"), ChangeKind.CHANGED));
    assertThat(result.components().get(3).differences())
        .containsExactly(diff("/name", ChangeKind.CHANGED, "Matter", "Matter v2"));
  }

  @Test
  void componentsWithTheSameSystemNameFromDifferentProvidersAreDifferentComponents() {
    ComparisonResult result = comparator.compare(
        "a", Packages.of(Packages.component("sharedo-type", "matter", json())),
        "b", Packages.of(Packages.component("portal", "matter", json())));

    assertThat(result.components()).extracting(ComponentComparison::key, ComponentComparison::kind)
        .containsExactly(
            tuple(new ComponentKey("portal", "matter"), ChangeKind.ADDED),
            tuple(new ComponentKey("sharedo-type", "matter"), ChangeKind.REMOVED));
  }

  @Test
  void reorderedListsAreNotAChange() {
    Map<String, Object> left = json("Phases", List.of(json("SystemName", "open", "Name", "Open"),
            json("SystemName", "closed", "Name", "Closed")),
        "SharedoTypeRoles", List.of(role("client", false), role("reviewer", true)),
        "Tags", List.of("a", "b"));
    Map<String, Object> right = json("Phases", List.of(json("SystemName", "closed", "Name", "Closed"),
            json("SystemName", "open", "Name", "Open")),
        "SharedoTypeRoles", List.of(role("reviewer", true), role("client", false)),
        "Tags", List.of("b", "a"));

    assertThat(differences(left, right)).isEmpty();
  }

  @Test
  void listElementsAreAddressedByTheirIdentity() {
    Map<String, Object> left = json("Phases", List.of(json("SystemName", "open", "Name", "Open")),
        "SharedoTypeRoles", List.of(role("client", false), role("reviewer", false)));
    Map<String, Object> right = json("Phases", List.of(json("SystemName", "open", "Name", "Opened")),
        "SharedoTypeRoles", List.of(role("reviewer", true), role("client", false)));

    assertThat(differences(left, right)).containsExactly(
        diff("/Phases/open/Name", ChangeKind.CHANGED, "Open", "Opened"),
        diff("/SharedoTypeRoles/reviewer/IsMandatory", ChangeKind.CHANGED, false, true));
  }

  @Test
  void aRolePermissionIsIdentifiedByPermissionRoleAndPhaseTogether() {
    Map<String, Object> everyPhase = permission("core.read", "client", null, false);
    Map<String, Object> inOpen = permission("core.read", "client", "open", false);
    Map<String, Object> changed = permission("core.read", "client", "open", true);

    assertThat(differences(json("P", List.of(everyPhase, inOpen)), json("P", List.of(changed, everyPhase))))
        .containsExactly(diff("/P/client,core.read,open/UserOnly", ChangeKind.CHANGED, false, true));
  }

  @Test
  void anAddedRoleIsOneEntryCarryingTheWholeElement() {
    Map<String, Object> auditor = role("auditor", false);
    Map<String, Object> left = json("SharedoTypeRoles", List.of(role("client", false)));
    Map<String, Object> right = json("SharedoTypeRoles", List.of(role("client", false), auditor));

    assertThat(differences(left, right))
        .containsExactly(diff("/SharedoTypeRoles/auditor", ChangeKind.ADDED, null, auditor));
    assertThat(differences(right, left))
        .containsExactly(diff("/SharedoTypeRoles/auditor", ChangeKind.REMOVED, auditor, null));
  }

  @Test
  void guidIdsAssignedByEachServerAreNotCompared() {
    Map<String, Object> left = json("SharedoTypeRolePermissions", List.of(
            json("PermissionSystemName", "core.read", "ParticipantRoleSystemName", "client",
                "Id", "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3")),
        "Aspects", List.of(json("Id", "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "ZoneName", "main", "DisplayPriority", 1)),
        "DefaultTemplateId", "{0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9}");
    Map<String, Object> right = json("SharedoTypeRolePermissions", List.of(
            json("PermissionSystemName", "core.read", "ParticipantRoleSystemName", "client",
                "Id", "11111111-2222-4333-8444-555555555555")),
        "Aspects", List.of(json("Id", "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee", "ZoneName", "main", "DisplayPriority", 1)),
        "DefaultTemplateId", "{11111111-2222-4333-8444-555555555555}");

    assertThat(differences(left, right)).isEmpty();
    // Compared, the aspect's Id makes its content identity differ: one removed, one added.
    assertThat(differences(ExportComparator.create(CompareOptions.ignoringNothing()), left, right)).hasSize(4);
  }

  @Test
  void anIdThatIsNoGuidOrBecomesNullIsStillADifference() {
    assertThat(differences(json("Id", 7), json("Id", 8))).containsExactly(diff("/Id", ChangeKind.CHANGED, 7, 8));
    assertThat(differences(json("ParentId", "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3"), json("ParentId", null)))
        .hasSize(1);
  }

  @Test
  void elementsWithoutNamesAreMatchedByTheirContent() {
    Map<String, Object> a = json("ZoneName", "main", "DisplayPriority", 1);
    Map<String, Object> b = json("ZoneName", "side", "DisplayPriority", 2);
    Map<String, Object> c = json("ZoneName", "side", "DisplayPriority", 3);

    assertThat(differences(json("Z", List.of(a, b)), json("Z", List.of(c, a)))).extracting(FieldDifference::pointer,
        FieldDifference::kind).containsExactly(
            tuple("/Z/{\"DisplayPriority\":2,\"ZoneName\":\"side\"}", ChangeKind.REMOVED),
            tuple("/Z/{\"DisplayPriority\":3,\"ZoneName\":\"side\"}", ChangeKind.ADDED));
  }

  @Test
  void repeatedIdentitiesAreCountedNotMerged() {
    assertThat(differences(json("T", List.of("a", "a")), json("T", List.of("a"))))
        .containsExactly(diff("/T/a#2", ChangeKind.REMOVED, "a", null));
  }

  @Test
  void twoExportsOfOneConfigurationHoursApartHaveNoDifferences() {
    ExportPackage morning = readPackage("morning.zip", "2026-11-28T10:15:02.1234567Z",
        "3b1f2c9e-0d4a-4e57-9a61-5c2e8f7d1a04", false);
    ExportPackage evening = readPackage("evening.zip", "2026-11-28T18:40:11.7654321Z",
        "c0ffee00-1234-4abc-8def-0123456789ab", true);

    ComparisonResult result = comparator.compare("morning", morning, "evening", evening);

    assertThat(result.hasDifferences()).isFalse();
    assertThat(result.components()).extracting(ComponentComparison::kind).containsOnly(ChangeKind.UNCHANGED);
    ComparisonResult strict = ExportComparator.create(CompareOptions.ignoringNothing())
        .compare("morning", morning, "evening", evening);
    assertThat(strict.manifestDifferences()).extracting(FieldDifference::pointer)
        .contains("/CreatedOn", "/ExportedSteps/sharedo-type~1matter/Id",
            "/ExportedSteps/sharedo-type~1matter/StorageFilename");
  }

  @Test
  void comparesTheManifestsDependencies() {
    ExportPackage left = readPackage("l.zip", "2026-11-28T10:15:02Z", "3b1f2c9e-0d4a-4e57-9a61-5c2e8f7d1a04", false);
    ExportPackage right = new ExportPackage(new io.sharedo.export.component.PackageManifest(
        left.manifest().name(), null, null, null, "7.9.1.0", List.of(), List.of()), left.workTypes(), left.others());

    ComparisonResult result = comparator.compare("l", left, "r", right);

    assertThat(result.hasDifferences()).isTrue();
    assertThat(result.manifestDifferences()).extracting(FieldDifference::pointer, FieldDifference::kind)
        .containsExactly(tuple("/SharedoVersion", ChangeKind.CHANGED),
            tuple("/ExportedSteps/sharedo-type~1matter", ChangeKind.REMOVED));
  }

  @TempDir Path dir;

  /** A real-format package; {@code reshuffled} reverses its lists and gives its records other GUIDs. */
  private ExportPackage readPackage(String name, String createdOn, String stepId, boolean reshuffled) {
    String workType = TestPackages.WORK_TYPE;
    if (reshuffled) {
      workType = workType.replace("9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3", "deadbeef-6b3a-4f08-8e15-2d94a0b7c6e3")
          .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", "feedface-4b5a-4978-8695-a4b3c2d1e0f9");
      // The two roles in the other order.
      int first = workType.indexOf("{\"SharedoTypeSystemName\": \"matter\", \"ParticipantRoleSystemName\": \"client\"");
      int second = workType.indexOf("{\"SharedoTypeSystemName\": \"matter\", \"ParticipantRoleSystemName\": \"reviewer\"");
      int end = workType.indexOf("}],", second) + 1;
      String client = workType.substring(first, workType.lastIndexOf("}", second) + 1);
      String reviewer = workType.substring(second, end);
      workType = workType.substring(0, first) + reviewer + ",\n " + client + workType.substring(end);
    }
    String file = "sharedo-type-matter-" + stepId + ".json";
    TestZip zip = TestPackages.folders()
        .add("manifest.json", TestPackages.manifest(
            TestPackages.step(stepId, "sharedo-type", "{\"systemName\": \"matter\"}", file, null))
            .replace("2026-11-28T10:15:02.1234567Z", createdOn))
        .add("data/" + file, workType);
    return PackageReader.withDefaults().read(zip.writeTo(dir.resolve(name)), dir);
  }

  private static Map<String, Object> role(String role, boolean mandatory) {
    return json("SharedoTypeSystemName", "matter", "ParticipantRoleSystemName", role, "IsMandatory", mandatory,
        "IsActive", true);
  }

  private static Map<String, Object> permission(String permission, String role, String phase, boolean userOnly) {
    return json("SharedoTypeSystemName", "matter", "PermissionSystemName", permission,
        "ParticipantRoleSystemName", role, "PhaseSystemName", phase, "UserOnly", userOnly);
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
    Map<String, Object> left = json("CreatedOn", "2026-01-01", "StorageFilename", "a.json",
        "Nested", json("CreatedBy", "alice", "Deep", json("PackageStepId", "x")));
    Map<String, Object> right = json("CreatedOn", "2026-02-02", "StorageFilename", "b.json",
        "Nested", json("CreatedBy", "bob", "Deep", json("PackageStepId", "y")));

    assertThat(differences(left, right)).isEmpty();
  }

  @Test
  void moreIgnoredFieldsAddToTheDefaultsAndACustomListReplacesThem() {
    Map<String, Object> left = json("Owner", "alice", "CreatedOn", "2026-01-01");
    Map<String, Object> right = json("Owner", "bob", "CreatedOn", "2026-02-02");

    assertThat(differences(ExportComparator.create(CompareOptions.defaults().ignoring(Set.of("Owner"))), left,
        right)).isEmpty();
    assertThat(differences(ExportComparator.create(new CompareOptions(Set.of("Owner"), true)), left, right))
        .containsExactly(diff("/CreatedOn", ChangeKind.CHANGED, "2026-01-01", "2026-02-02"));
    assertThat(differences(ExportComparator.create(CompareOptions.ignoringNothing()), left, right)).hasSize(2);
  }

  @Test
  void pointerSegmentsAreEscapedPerRfc6901() {
    Map<String, Object> left = json("Phases", List.of(json("SystemName", "a/b~c", "V", 1)), "x/y", 1);
    Map<String, Object> right = json("Phases", List.of(json("SystemName", "a/b~c", "V", 2)), "x/y", 2);

    assertThat(differences(left, right)).extracting(FieldDifference::pointer)
        .containsExactly("/Phases/a~1b~0c/V", "/x~1y");
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
      Map<String, Object> properties = json("BaseSharedo", json("Name", "Type " + i), "Tags", List.of("a", "b"),
          "Phases", List.of(json("SystemName", "f1", "IsStart", true), json("SystemName", "f2", "Size", i)));
      left.add(workType("type-" + i, properties));
      Map<String, Object> other = new LinkedHashMap<>(properties);
      if (i % 100 == 0) {
        other.put("BaseSharedo", json("Name", "Renamed " + i));
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
    ExportPackage left = Packages.of(workType("m", json("Tags", List.of("a"), "Phases",
        List.of(json("SystemName", "x", "IsStart", true)))));
    ExportPackage right = Packages.of(workType("m", json("Tags", List.of("b"), "Phases",
        List.of(json("SystemName", "x", "IsStart", false)))));
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
