package io.sharedo.export.core.pkg;

import java.util.ArrayList;
import java.util.List;

/** Packages shaped like the fake server's, to build test ZIPs from. */
public final class TestPackages {
  public static final String WORK_TYPE_FILE = "steps/0001-sharedo-type-matter.json";
  public static final String WORK_TYPE = """
      {"systemName": "matter", "name": "Matter", "description": "A legal matter",
       "isActive": true, "parentSystemName": null,
       "attributes": [{"systemName": "matter-ref", "type": "string", "required": true},
                      {"systemName": "budget", "type": "number", "required": false}],
       "roles": ["owner", "supervisor"],
       "workflows": ["matter-intake"],
       "lastModified": "2026-11-20T09:00:00Z",
       "extra": {"nested": [1, 2.5, "three", false, null]}}
      """;
  public static final String WORKFLOW = """
      {"systemName": "matter-intake", "name": "Matter intake", "description": "Opens a matter",
       "steps": [{"systemName": "open", "name": "Open", "next": "review"},
                 {"systemName": "review", "name": "Review", "next": null}]}
      """;
  public static final String FORM = """
      {"systemName": "matter-details", "name": "Matter details",
       "fields": [{"systemName": "client-name", "type": "string", "label": "Client", "required": true},
                  {"systemName": "budget", "type": "number", "label": "Budget", "required": false}]}
      """;
  public static final String OPTION_SET = """
      {"systemName": "priority", "name": "Priority",
       "options": [{"systemName": "high", "label": "High", "isActive": true},
                   {"systemName": "low", "label": "Low", "isActive": false}]}
      """;
  public static final String PERMISSION = """
      {"systemName": "matter-edit", "name": "Edit matter", "roles": ["owner", "supervisor"]}
      """;
  public static final String TEMPLATE = """
      {"systemName": "engagement-letter", "name": "Engagement letter", "outputs": ["docx", "pdf"]}
      """;
  public static final String FEATURE = """
      {"systemName": "billing", "name": "Billing", "settings": {"currency": "GBP", "rate": 1.5}}
      """;

  private TestPackages() {}

  /** A valid package with one component of every routed kind and one of an unknown provider. */
  public static TestZip valid() {
    TestZip zip = new TestZip().add("manifest.json", manifest(
        step("sharedo-type", WORK_TYPE_FILE, "matter"),
        step("sharedo-workflow", "steps/0002-sharedo-workflow-matter-intake.json", "matter-intake"),
        step("sharedo-form", "steps/0003-sharedo-form-matter-details.json", "matter-details"),
        step("sharedo-option-set", "steps/0004-sharedo-option-set-priority.json", "priority"),
        step("sharedo-permission", "steps/0005-sharedo-permission-matter-edit.json", "matter-edit"),
        step("sharedo-template", "steps/0006-sharedo-template-engagement-letter.json", "engagement-letter"),
        step("global-feature", "steps/0007-global-feature-billing.json", "billing")));
    return zip.add(WORK_TYPE_FILE, WORK_TYPE)
        .add("steps/0002-sharedo-workflow-matter-intake.json", WORKFLOW)
        .add("steps/0003-sharedo-form-matter-details.json", FORM)
        .add("steps/0004-sharedo-option-set-priority.json", OPTION_SET)
        .add("steps/0005-sharedo-permission-matter-edit.json", PERMISSION)
        .add("steps/0006-sharedo-template-engagement-letter.json", TEMPLATE)
        .add("steps/0007-global-feature-billing.json", FEATURE);
  }

  /** A valid package holding only the work type. */
  public static TestZip workTypeOnly() {
    return new TestZip()
        .add("manifest.json", manifest(step("sharedo-type", WORK_TYPE_FILE, "matter")))
        .add(WORK_TYPE_FILE, WORK_TYPE);
  }

  /** A manifest JSON with the given steps (see {@link #step}). */
  public static String manifest(String... steps) {
    return """
        {"packageFormatVersion": 1, "exportJobId": "3f6c-job", "environment": "clientA-vnext",
         "createdAt": "2026-11-28T10:00:00Z", "ExportedSteps": [%s]}
        """.formatted(String.join(",", steps));
  }

  /** One ExportedSteps element. */
  public static String step(String provider, String storageFilename, String systemName) {
    return "{\"ExportProviderSystemName\": " + quote(provider) + ", \"StorageFilename\": " + quote(storageFilename)
        + ", \"SystemName\": " + quote(systemName) + "}";
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
