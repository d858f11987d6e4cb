package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small package ZIPs in the real ShareDo 7.9 format ("The package" in PROTOCOL.md), for CLI
 * tests that need no server: folder entries, {@code manifest.json}, one step file per step under {@code data/}.
 */
final class PackageFiles {
  private final Map<String, String> steps = new LinkedHashMap<>();
  private final List<String> manifestSteps = new ArrayList<>();
  private String createdOn = "2026-11-28T10:15:02.1234567Z";

  static PackageFiles create() {
    return new PackageFiles();
  }

  /** Adds a step selected by system name, without dependencies; {@code json} is the step file's object. */
  PackageFiles step(String provider, String systemName, String json) {
    return step(provider, systemName, json, "[]", "[]");
  }

  /** Adds a step with Dependencies lists (JSON arrays of dependency entries). */
  PackageFiles step(String provider, String systemName, String json, String mandatory, String recommended) {
    String id = UUID.randomUUID().toString(); // a fresh Id on every export, as real servers do
    String file = provider + "-" + systemName + "-" + id + ".json";
    steps.put("data/" + file, json);
    manifestSteps.add("{\"Id\":\"" + id + "\",\"Description\":\"The '" + systemName + "' item\","
        + "\"ExportProviderSystemName\":\"" + provider + "\","
        + "\"ExportProviderSelectorJson\":\"{\\r\\n  \\\"systemName\\\": \\\"" + systemName + "\\\"\\r\\n}\","
        + "\"StorageFilename\":\"" + file + "\","
        + "\"Dependencies\":{\"Recommended\":" + recommended + ",\"Mandatory\":" + mandatory + "}}");
    return this;
  }

  /** Sets the manifest's CreatedOn. */
  PackageFiles createdOn(String instant) {
    this.createdOn = instant;
    return this;
  }

  /** One dependency entry, not included in the package. */
  static String missing(String provider, String systemName) {
    return "{\"PackageStepId\":null,\"Dependency\":{\"SystemName\":\"" + provider + "\",\"Reason\":\"Needed\","
        + "\"Description\":\"The '" + systemName + "' item\",\"Selector\":{\"SystemName\":\"" + systemName
        + "\"},\"AdditionalData\":null}}";
  }

  Path writeTo(Path zip) throws IOException {
    String manifest = "{\r\n  \"Name\": \"VeryBasic\",\r\n  \"CreatedBy\": \"exporter@acme.example\",\r\n"
        + "  \"ExportedFrom\": \"Acme UAT\",\r\n  \"CreatedOn\": \"" + createdOn + "\",\r\n"
        + "  \"SharedoVersion\": {\"Major\": 7, \"Minor\": 9, \"Build\": 0, \"Revision\": 0},\r\n"
        + "  \"Files\": [],\r\n  \"ExportedSteps\": [" + String.join(",", manifestSteps) + "]\r\n}";
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
      put(out, "data/", "");
      put(out, "files/", "");
      put(out, "manifest.json", manifest);
      for (Map.Entry<String, String> step : steps.entrySet()) {
        put(out, step.getKey(), step.getValue());
      }
    }
    return zip;
  }

  private static void put(ZipOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }
}
