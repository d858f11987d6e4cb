package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.Fault;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a package ZIP from resolved steps: {@code manifest.json} at the root and one JSON file per
 * step under {@code steps/}, then applies the package faults. Stateless.
 */
final class PackageFactory {
  private static final ObjectWriter PRETTY = Responses.JSON.writerWithDefaultPrettyPrinter();

  private PackageFactory() {}

  /** The entry that pads a large package; not listed in the manifest. */
  static final String PADDING_ENTRY = "padding/large-package.bin";

  static PackageBytes build(String environment, String jobId, List<ExportSelection.Step> steps, Instant createdAt,
      List<Fault> faults, long padding) {
    boolean misreport = faults.stream().anyMatch(f -> f instanceof Fault.ChecksumMismatch);
    if (faults.stream().anyMatch(f -> f instanceof Fault.EmptyBody)) {
      return new PackageBytes(new byte[0], misreport);
    }
    ObjectNode manifest = Responses.JSON.createObjectNode();
    manifest.put("packageFormatVersion", 1);
    manifest.put("exportJobId", jobId);
    manifest.put("environment", environment);
    manifest.put("createdAt", createdAt.toString());
    ArrayNode exported = manifest.putArray("ExportedSteps");
    boolean noManifest = faults.stream().anyMatch(f -> f instanceof Fault.NoManifest);
    boolean manifestNotJson = faults.stream().anyMatch(f -> f instanceof Fault.ManifestNotJson);
    boolean missingStep = faults.stream().anyMatch(f -> f instanceof Fault.MissingStepFile);
    boolean bomb = faults.stream().anyMatch(f -> f instanceof Fault.ZipBomb);
    List<String> files = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      ExportSelection.Step step = steps.get(i);
      String file = storageFilename(i + 1, step.provider(), step.systemName());
      files.add(file);
      exported.addObject().put("ExportProviderSystemName", step.provider()).put("StorageFilename", file)
          .put("SystemName", step.systemName());
    }
    List<Fault.ZipSlip> slips = new ArrayList<>();
    faults.stream().filter(f -> f instanceof Fault.ZipSlip).forEach(f -> slips.add((Fault.ZipSlip) f));
    slips.forEach(slip -> exported.addObject().put("ExportProviderSystemName", ExportSelection.FORM)
        .put("StorageFilename", slip.entryName()).put("SystemName", "evil"));
    // The manifest goes first so that a streaming reader meets it before the steps.
    RawZipWriter zip = new RawZipWriter();
    if (manifestNotJson) {
      zip.addStored("manifest.json", "{ this is not JSON, \"ExportedSteps\": [".getBytes(StandardCharsets.UTF_8));
    } else if (!noManifest) {
      zip.add("manifest.json", json(manifest));
    }
    for (int i = 0; i < steps.size(); i++) {
      if (i == 0 && missingStep) {
        continue;
      }
      if (i == 0 && bomb) {
        ZipBombEntry b = ZipBombEntry.get();
        zip.addDeflated(files.get(i), b.crc, b.deflated, ZipBombEntry.INFLATED_SIZE);
        continue;
      }
      zip.add(files.get(i), json(steps.get(i).json()));
    }
    slips.forEach(slip -> zip.add(slip.entryName(),
        "{\"systemName\":\"evil\",\"name\":\"Evil\"}".getBytes(StandardCharsets.UTF_8)));
    if (padding > 0) {
      zip.addStoredZeros(PADDING_ENTRY, padding);
    }
    List<PackageBytes.Segment> segments = zip.finish();
    if (faults.stream().anyMatch(f -> f instanceof Fault.CorruptZip)) {
      corrupt(segments);
    }
    return new PackageBytes(segments, misreport);
  }

  static String storageFilename(int index, String provider, String systemName) {
    String safe = systemName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
    return String.format(Locale.ROOT, "steps/%04d-%s-%s.json", index, provider, safe);
  }

  /** Keeps the leading local header (so it still looks like a ZIP) and scrambles the rest (not zero runs). */
  private static void corrupt(List<PackageBytes.Segment> segments) {
    boolean first = true;
    for (PackageBytes.Segment s : segments) {
      if (s.bytes() != null) {
        for (int i = first ? Math.min(s.bytes().length, 40) : 0; i < s.bytes().length; i++) {
          s.bytes()[i] = (byte) (s.bytes()[i] ^ 0x5A);
        }
        first = false;
      }
    }
  }

  private static byte[] json(ObjectNode node) {
    try {
      return PRETTY.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
