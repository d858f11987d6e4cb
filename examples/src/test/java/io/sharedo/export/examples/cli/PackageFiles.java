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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small package ZIPs in the format of PROTOCOL.md, for compare tests that need no server. */
final class PackageFiles {
  private final Map<String, String> steps = new LinkedHashMap<>();
  private final List<String> manifestSteps = new ArrayList<>();

  static PackageFiles create() {
    return new PackageFiles();
  }

  /** Adds a component step; {@code json} is the step file's whole JSON object. */
  PackageFiles step(String provider, String systemName, String json) {
    String file = String.format("steps/%04d-%s-%s.json", steps.size() + 1, provider, systemName);
    steps.put(file, json);
    manifestSteps.add("{\"ExportProviderSystemName\":\"" + provider + "\",\"StorageFilename\":\"" + file
        + "\",\"SystemName\":\"" + systemName + "\"}");
    return this;
  }

  Path writeTo(Path zip) throws IOException {
    String manifest = "{\"packageFormatVersion\":1,\"exportJobId\":\"job-1\",\"environment\":\"test\","
        + "\"createdAt\":\"2026-11-28T10:00:00Z\",\"ExportedSteps\":[" + String.join(",", manifestSteps) + "]}";
    try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
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
