package io.sharedo.export.benchmarks;

import io.sharedo.export.core.pkg.PackageLimits;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Figure 2: validate and extract a package of 20,000 entries / 200 MiB, side by side with {@code unzip -q}. */
final class ExtractFigure {
  private static final int ENTRIES = 20_000;
  private static final long TOTAL_BYTES = 200L * 1024 * 1024;
  private static final String STEP_ID = "3b1f2c9e-0d4a-4e57-9a61-5c2e8f7d1a04";
  private static final String STEP_FILE = "sharedo-type-matter-" + STEP_ID + ".json";

  private ExtractFigure() {}

  static Figure run(Path work) throws Exception {
    Path zip = work.resolve("extract-bench.zip");
    writePackage(zip);
    PackageReader reader = PackageReader.create(PackageLimits.builder()
        .maxEntries(ENTRIES + 100)
        .maxTotalUncompressedBytes(TOTAL_BYTES * 2)
        .build());
    Path target = work.resolve("extracted");
    long ours = Timing.medianNanos(1, 3, () -> reader.extract(zip, target), () -> deleteTree(target));
    String name = "validate + extract 20,000 entries / 200 MiB";
    if (!ExternalTool.available("unzip")) {
      return new Figure(name, Timing.millis(ours), "<= 1.5 x unzip -q", null, "unzip not installed: no reference");
    }
    long unzip = Timing.medianNanos(1, 3, () -> {
      ExternalTool.run(List.of("unzip", "-q", "-o", zip.toString(), "-d", target.toString()));
      return null;
    }, () -> deleteTree(target));
    double ratio = (double) ours / unzip;
    return new Figure(name, String.format("%s (%.2f x unzip)", Timing.millis(ours), ratio), "<= 1.5 x unzip -q",
        ratio <= 1.5, "unzip -q: " + Timing.millis(unzip) + "; median of 3 after 1 warm-up; same file, same disk");
  }

  static Void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return null;
  }

  /** A valid real-format package: a manifest with one work type step, plus filler entries of JSON-like text under data/. */
  static void writePackage(Path zip) throws IOException {
    Random random = new Random(42);
    int entryBytes = (int) (TOTAL_BYTES / ENTRIES);
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16);
        ZipOutputStream out = new ZipOutputStream(file)) {
      out.putNextEntry(new ZipEntry("data/"));
      out.putNextEntry(new ZipEntry("files/"));
      out.putNextEntry(new ZipEntry("manifest.json"));
      out.write(("{\"Name\":\"VeryBasic\",\"CreatedBy\":\"bench\",\"ExportedFrom\":\"bench\","
          + "\"CreatedOn\":\"2026-11-28T10:15:02.1234567Z\",\"SharedoVersion\":{\"Major\":7,\"Minor\":9,"
          + "\"Build\":0,\"Revision\":0},\"Files\":[],\"ExportedSteps\":[{\"Id\":\"" + STEP_ID + "\","
          + "\"ExportProviderSystemName\":\"sharedo-type\",\"ExportProviderSelectorJson\":"
          + "\"{\\\"systemName\\\": \\\"matter\\\"}\",\"StorageFilename\":\"" + STEP_FILE + "\","
          + "\"Dependencies\":{\"Recommended\":[],\"Mandatory\":[]}}]}").getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("data/" + STEP_FILE));
      out.write("{\"BaseSharedo\":{\"SystemName\":\"matter\",\"Name\":\"Matter\"},\"Phases\":[]}"
          .getBytes(StandardCharsets.UTF_8));
      byte[] buffer = new byte[entryBytes];
      for (int i = 0; i < ENTRIES - 4; i++) {
        fillWithJsonLikeText(buffer, random);
        out.putNextEntry(new ZipEntry("data/" + (i / 1000) + "/item-" + i + ".json"));
        out.write(buffer);
      }
    }
  }

  private static void fillWithJsonLikeText(byte[] buffer, Random random) {
    byte[] alphabet = "{}\":,0123456789abcdefghijklmnopqrstuvwxyz ".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < buffer.length; i++) {
      buffer[i] = alphabet[random.nextInt(alphabet.length)];
    }
  }
}
