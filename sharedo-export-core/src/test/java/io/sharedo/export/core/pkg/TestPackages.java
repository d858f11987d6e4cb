package io.sharedo.export.core.pkg;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Packages shaped like real ShareDo 7.9 exports ("The package" in PROTOCOL.md), to build test ZIPs
 * from: {@code data/} and {@code files/} folder entries, {@code manifest.json}, and one step file per
 * step under {@code data/}.
 */
public final class TestPackages {
  public static final String WORK_TYPE_ID = "3b1f2c9e-0d4a-4e57-9a61-5c2e8f7d1a04";
  public static final String FEATURE_ID = "7d2e4b10-5c3a-4f6e-8b9d-0a1c2e3f4a5b";
  /** The work type's {@code StorageFilename}, relative to {@code data/}. */
  public static final String WORK_TYPE_FILE = "sharedo-type-matter-" + WORK_TYPE_ID + ".json";
  /** The work type's entry in the ZIP. */
  public static final String WORK_TYPE_ENTRY = "data/" + WORK_TYPE_FILE;
  public static final String FEATURE_FILE = "global-feature-Core.Case-" + FEATURE_ID + ".json";

  /** A work type step file, abridged from the 39 sections a real one has. */
  public static final String WORK_TYPE = """
      {"BaseSharedo": {"SystemName": "matter", "SystemNamePath": "/matter/", "ParentSystemName": null,
                       "Name": "Matter", "ShortName": "Mat", "Description": "This is the base type for a Matter",
                       "IconClass": "fa-cogs", "IsActive": true, "IsAbstract": true, "IsCoreCaseType": true},
       "PhasePlan": {"SystemName": "matter-phase-plan", "SharedoTypeSystemName": "matter", "Name": "Matter"},
       "Phases": [{"SystemName": "matter-phase-plan-open", "PhasePlanSystemName": "matter-phase-plan",
                   "Name": "Open", "IsStart": true, "IsOpen": true, "IsRemoved": false, "ExpectedDurationSeconds": 100},
                  {"SystemName": "matter-phase-plan-closed", "PhasePlanSystemName": "matter-phase-plan",
                   "Name": "Closed", "IsStart": false, "IsOpen": false, "IsRemoved": false,
                   "ExpectedDurationSeconds": null}],
       "PhaseTransitions": [{"SystemName": "open-to-closed", "FromPhaseSystemName": "matter-phase-plan-open",
                             "ToPhaseSystemName": "matter-phase-plan-closed", "Name": "Close", "IsUserDriven": true}],
       "Relationships": [],
       "SharedoTypeRoles": [{"SharedoTypeSystemName": "matter", "ParticipantRoleSystemName": "client",
                             "IsMandatory": false, "IsActive": true, "CanHaveMultiple": false},
                            {"SharedoTypeSystemName": "matter", "ParticipantRoleSystemName": "reviewer",
                             "IsMandatory": true, "IsActive": true, "CanHaveMultiple": true}],
       "SharedoTypeRolePermissions": [
          {"SharedoTypeSystemName": "matter", "PermissionSystemName": "core.read",
           "ParticipantRoleSystemName": "client", "PhaseSystemName": null, "UserOnly": false,
           "Id": "9c7e41d2-6b3a-4f08-8e15-2d94a0b7c6e3"},
          {"SharedoTypeSystemName": "matter", "PermissionSystemName": "core.write",
           "ParticipantRoleSystemName": "reviewer", "PhaseSystemName": "matter-phase-plan-open", "UserOnly": true,
           "Id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}],
       "Aspects": [{"SharedoTypeSystemName": "matter", "Id": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
                    "AspectDefinitionSystemName": "key-dates", "ZoneName": "main", "DisplayPriority": 1}],
       "TitleGenerator": null,
       "ConventionalPermissions": []}
      """;
  /** A step file of a provider this library does not model. */
  public static final String FEATURE = """
      {"SystemName": "Core.Case", "Name": "Core case", "Settings": {"Currency": "GBP", "Rate": 1.5}}
      """;

  private TestPackages() {}

  /**
   * A valid package: the work type (one mandatory dependency included, one recommended not) and a
   * global feature step.
   */
  public static TestZip valid() {
    String dependencies = dependencies(
        List.of(dependency("global-feature", "{\"SystemName\": \"Core.Case\"}", FEATURE_ID)),
        List.of(dependency("portal", "{\"SharedoTypeSystemName\": \"matter\", \"PortalContextPath\": null,"
            + " \"Title\": \"Matter portal\"}", null)));
    return folders()
        .add("manifest.json", manifest(
            step(WORK_TYPE_ID, "sharedo-type", "{\"systemName\": \"matter\"}", WORK_TYPE_FILE, dependencies),
            step(FEATURE_ID, "global-feature", "{\"systemName\": \"Core.Case\"}", FEATURE_FILE, null)))
        .add(WORK_TYPE_ENTRY, WORK_TYPE)
        .add("data/" + FEATURE_FILE, FEATURE);
  }

  /** A valid package holding only the work type, without dependencies. */
  public static TestZip workTypeOnly() {
    return folders()
        .add("manifest.json", manifest(step("sharedo-type", WORK_TYPE_FILE, "matter")))
        .add(WORK_TYPE_ENTRY, WORK_TYPE);
  }

  /** A ZIP holding only the two folder entries real packages have. */
  public static TestZip folders() {
    return new TestZip().add("data/", new byte[0]).add("files/", new byte[0]);
  }

  /** A manifest JSON with the given steps (see {@link #step}). */
  public static String manifest(String... steps) {
    return """
        {"Name": "VeryBasic", "CreatedBy": "exporter@acme.example", "ExportedFrom": "Acme UAT",
         "CreatedOn": "2026-11-28T10:15:02.1234567Z",
         "SharedoVersion": {"Major": 7, "Minor": 9, "Build": 0, "Revision": 0, "MajorRevision": 0, "MinorRevision": 0},
         "Files": [], "ExportedSteps": [%s]}
        """.formatted(String.join(",", steps));
  }

  /** An ExportedSteps element selecting an item by system name, with a fresh Id and no dependencies. */
  public static String step(String provider, String storageFilename, String systemName) {
    return step(UUID.nameUUIDFromBytes((provider + storageFilename).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), provider,
        "{\"systemName\": " + quote(systemName) + "}", storageFilename, null);
  }

  /** An ExportedSteps element; the selector is JSON (written as text inside a string), dependencies JSON or null. */
  public static String step(String id, String provider, String selectorJson, String storageFilename,
      String dependenciesJson) {
    return "{\"Id\": " + quote(id) + ", \"Description\": \"The step\", \"ExportProviderSystemName\": " + quote(provider)
        + ", \"ExportProviderSelectorJson\": " + quote(selectorJson) + ", \"StorageFilename\": "
        + quote(storageFilename) + ", \"Dependencies\": "
        + (dependenciesJson == null ? dependencies(List.of(), List.of()) : dependenciesJson) + "}";
  }

  /** A Dependencies object. */
  public static String dependencies(List<String> mandatory, List<String> recommended) {
    return "{\"Recommended\": [" + String.join(",", recommended) + "], \"Mandatory\": ["
        + String.join(",", mandatory) + "]}";
  }

  /** One dependency entry; packageStepId null when the package does not include it. */
  public static String dependency(String provider, String selectorObject, String packageStepId) {
    return "{\"PackageStepId\": " + (packageStepId == null ? "null" : quote(packageStepId))
        + ", \"Dependency\": {\"SystemName\": " + quote(provider) + ", \"Reason\": \"Needed\","
        + " \"Description\": \"The dependency\", \"Selector\": " + selectorObject + ", \"AdditionalData\": null}}";
  }

  /** A JSON string literal. */
  public static String quote(String text) {
    List<String> parts = new ArrayList<>();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        parts.add("\\" + c);
      } else if (c < 0x20) {
        parts.add(String.format("\\u%04x", (int) c));
      } else {
        parts.add(String.valueOf(c));
      }
    }
    return "\"" + String.join("", parts) + "\"";
  }
}
