package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.DownloadFault;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.PackageFault;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a package ZIP as real ShareDo 7.9 servers write it: the folder entries {@code data/} and
 * {@code files/}, {@code manifest.json} at the root, one deflated JSON file per step at
 * {@code data/<StorageFilename>}; then applies the package faults. Stateless.
 */
final class PackageFactory {
  /** The entry that pads a large package; not listed in the manifest. */
  static final String PADDING_ENTRY = "padding/large-package.bin";
  static final String DATA = "data/";

  private PackageFactory() {}

  static PackageBytes build(ManifestJson.Header header, List<ExportSelection.Step> steps, List<Fault> faults,
      long padding, ServerSettings.Behaviour style) {
    boolean misreport = has(faults, DownloadFault.ChecksumMismatch.class);
    if (has(faults, PackageFault.EmptyBody.class)) {
      return new PackageBytes(new byte[0], misreport);
    }
    ObjectNode manifest = ManifestJson.of(header, steps);
    List<PackageFault.ZipSlip> slips = new ArrayList<>();
    faults.stream().filter(f -> f instanceof PackageFault.ZipSlip).forEach(f -> slips.add((PackageFault.ZipSlip) f));
    ArrayNode exported = (ArrayNode) manifest.get("ExportedSteps");
    for (PackageFault.ZipSlip slip : slips) {
      ObjectNode evil = exported.addObject().put("Id", "00000000-0000-0000-0000-000000000666")
          .put("Description", "The 'evil' work type").put("ExportProviderSystemName", ExportSelection.WORK_TYPE)
          .put("ExportProviderSelectorJson", "{\r\n  \"systemName\": \"evil\"\r\n}")
          .put("StorageFilename", slip.entryName());
      ObjectNode deps = evil.putObject("Dependencies");
      deps.putArray("Recommended");
      deps.putArray("Mandatory");
    }
    RawZipWriter zip = new RawZipWriter();
    zip.addFolder(DATA);
    zip.addFolder("files/");
    if (has(faults, PackageFault.ManifestNotJson.class)) {
      zip.addStored("manifest.json", "{ this is not JSON, \"ExportedSteps\": [".getBytes(StandardCharsets.UTF_8));
    } else if (!has(faults, PackageFault.NoManifest.class)) {
      zip.add("manifest.json", PackageJson.bytes(manifest, style.byteOrderMarks()));
    }
    for (int i = 0; i < steps.size(); i++) {
      String entry = (style.stepFilesAtRoot() ? "" : DATA) + steps.get(i).storageFilename();
      if (i == 0 && has(faults, PackageFault.MissingStepFile.class)) {
        continue;
      }
      if (i == 0 && has(faults, PackageFault.ZipBomb.class)) {
        ZipBombEntry b = ZipBombEntry.get();
        zip.addDeflated(entry, b.crc, b.deflated, ZipBombEntry.INFLATED_SIZE);
        continue;
      }
      zip.add(entry, PackageJson.bytes(steps.get(i).content(), style.byteOrderMarks()));
    }
    slips.forEach(slip -> zip.add(slip.entryName(),
        "{\r\n  \"BaseSharedo\": {\r\n    \"SystemName\": \"evil\"\r\n  }\r\n}".getBytes(StandardCharsets.UTF_8)));
    if (padding > 0) {
      zip.addStoredZeros(PADDING_ENTRY, padding);
    }
    List<PackageBytes.Segment> segments = zip.finish();
    if (has(faults, PackageFault.CorruptZip.class)) {
      corrupt(segments);
    }
    return new PackageBytes(segments, misreport);
  }

  private static boolean has(List<Fault> faults, Class<? extends Fault> type) {
    return faults.stream().anyMatch(type::isInstance);
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
}
