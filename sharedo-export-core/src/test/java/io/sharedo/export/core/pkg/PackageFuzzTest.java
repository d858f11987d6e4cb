package io.sharedo.export.core.pkg;

import static io.sharedo.export.core.pkg.TestPackages.manifest;
import static io.sharedo.export.core.pkg.TestPackages.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.pkg.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Feeds 10,000 mutated packages (byte flips, truncations, duplicated and renamed entries, hostile
 * names, links, lying sizes, broken manifests and step files) to validate, extract and read. Every
 * case must end in success, EXPORT_005 or EXPORT_006, never another exception, and never leave a
 * file outside the target folder (or anything at all after a failure). Deterministic: case N uses
 * seed {@code SEED + N}, named in every assertion message.
 */
class PackageFuzzTest {
  private static final long SEED = 20261129L;
  private static final int CASES = 10_000;
  private static final String[] PROVIDERS = {"sharedo-type", "global-feature", "portal", "participant-role"};
  private static final String[] HOSTILE = {"../evil", "../../evil", "../../../evil-fuzz-escape", "a/../../evil",
      "C:\\evil", "..\\evil", "C:evil", "a\\..\\..\\evil", "./evil", "a//evil", "evil\u0000.json", "x:stream",
      "manifest.json", "MANIFEST.JSON", "data", "data/", "data/a.json/b", "DATA/", "files", ""};

  /**
   * The fuzzer creates and deletes some 50,000 files; on a shared disk that costs far more than the
   * checks themselves, so it works in memory (tmpfs) where the machine offers it.
   */
  static final class InMemoryWhereAvailable implements TempDirFactory {
    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
      Path shm = Path.of("/dev/shm");
      if (Files.isDirectory(shm) && Files.isWritable(shm)) {
        return Files.createTempDirectory(shm, "sharedo-fuzz-");
      }
      return Files.createTempDirectory("sharedo-fuzz-");
    }
  }

  @TempDir(factory = InMemoryWhereAvailable.class) Path sandbox;

  private final PackageReader reader = PackageReader.create(PackageLimits.builder()
      .maxEntries(12).maxEntryBytes(16 * 1024).maxTotalUncompressedBytes(48 * 1024).build());

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // 10,000 packages: some 30 s on a busy 2-core machine
  void everyMutatedPackageEndsInSuccessOrAValidationOrExtractionFailureAndStaysInItsFolder() throws IOException {
    Path caseDir = Files.createDirectory(sandbox.resolve("case"));
    Path outside = Files.createDirectory(sandbox.resolve("outside"));
    Path tempRoot = Files.createDirectory(sandbox.resolve("temp"));
    Path zip = caseDir.resolve("p.zip");
    Path target = caseDir.resolve("out");
    int successes = 0;
    for (int n = 0; n < CASES; n++) {
      long seed = SEED + n;
      String label = "case " + n + " (seed " + seed + ")";
      Random random = new Random(seed);
      Files.write(zip, mutatedPackage(random, outside));
      boolean succeeded = false;
      try {
        switch (n % 3) {
          case 0 -> reader.validate(zip);
          case 1 -> reader.extract(zip, target);
          default -> reader.read(zip, tempRoot);
        }
        succeeded = true;
        successes++;
      } catch (ExportException e) {
        assertThat(e.code()).as(label + ": " + e.getMessage())
            .isIn(ExportErrorCode.VALIDATION_FAILED, ExportErrorCode.EXTRACTION_FAILED);
      } catch (Throwable t) {
        fail(label + " threw " + t, t);
      }
      assertStaysInside(label, caseDir, zip, target, succeeded);
      assertThat(list(outside)).as(label + ": files outside the folder").isEmpty();
      assertThat(list(tempRoot)).as(label + ": read's temp folder").isEmpty();
      FileTrees.deleteTree(target);
    }
    assertThat(sandbox.getParent().resolve("evil-fuzz-escape")).doesNotExist();
    // The mutations must leave some packages valid, or the fuzzer only ever tests the first check.
    assertThat(successes).isBetween(CASES / 50, CASES - CASES / 50);
  }

  private static void assertStaysInside(String label, Path caseDir, Path zip, Path target, boolean succeeded)
      throws IOException {
    try (Stream<Path> all = Files.walk(caseDir)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        if (path.equals(caseDir) || path.equals(zip)) {
          continue;
        }
        assertThat(succeeded).as(label + ": failure left " + path).isTrue();
        assertThat(path.startsWith(target)).as(label + ": " + path + " is outside the target").isTrue();
        assertThat(Files.isSymbolicLink(path)).as(label + ": link " + path).isFalse();
      }
    }
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  /** A small valid package, then one to three mutations. */
  private static byte[] mutatedPackage(Random random, Path outside) {
    List<String[]> files = new ArrayList<>(); // name, content
    List<String> steps = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
      String id = new java.util.UUID(random.nextLong(), random.nextLong()).toString();
      String name = provider + "-item-" + i + "-" + id + ".json";
      String selector = random.nextBoolean() ? "{\"systemName\": \"item-" + i + "\"}" : "{\"Id\": \"" + id + "\"}";
      String dependency = TestPackages.dependency("global-feature", "{\"SystemName\": \"Core.Case\"}",
          random.nextBoolean() ? id : null);
      steps.add(step(id, provider, selector, name, TestPackages.dependencies(List.of(dependency), List.of())));
      // At the root or under data/, as real packages put it.
      files.add(new String[] {random.nextInt(4) == 0 ? name : "data/" + name, "{\"BaseSharedo\": {\"SystemName\": \"item-" + i
          + "\", \"Name\": \"Item\"}, \"Phases\": [{\"SystemName\": \"open\", \"IsStart\": true}],"
          + " \"SharedoTypeRoles\": [{\"ParticipantRoleSystemName\": \"client\"}], \"Aspects\": []}"});
    }
    files.add(0, new String[] {"manifest.json", manifest(steps.toArray(String[]::new))});
    if (random.nextBoolean()) {
      files.add(1, new String[] {"data/", ""});
      files.add(2, new String[] {"files/", ""});
    }
    List<TestZip.Entry> options = new ArrayList<>();
    TestZip zip = new TestZip();
    int mutations = 1 + random.nextInt(3);
    boolean bytesLevel = false;
    for (int m = 0; m < mutations; m++) {
      int which = random.nextInt(10);
      String[] file = files.get(random.nextInt(files.size()));
      switch (which) {
        case 0 -> file[1] = mutateText(random, file[1]);
        case 1 -> file[0] = hostile(random, outside);
        case 2 -> files.add(new String[] {file[0], file[1]});
        case 3 -> files.add(new String[] {hostile(random, outside), "boom"});
        case 4 -> file[1] = file[1].replace("\"StorageFilename\": \"", "\"StorageFilename\": \""
            + (random.nextBoolean() ? "../" : hostile(random, outside) + "/"));
        case 5 -> files.add(new String[] {"pad-" + m + ".bin", "0".repeat(random.nextInt(40_000))});
        default -> bytesLevel = true;
      }
    }
    for (String[] file : files) {
      TestZip.Entry entry = zip.entry(file[0], file[1].getBytes(StandardCharsets.UTF_8));
      options.add(entry);
    }
    for (TestZip.Entry entry : options) {
      int roll = random.nextInt(20);
      if (roll == 0) {
        entry.stored();
      } else if (roll == 1) {
        entry.declaringSize(random.nextInt(100));
      } else if (roll == 2) {
        entry.unixMode(random.nextBoolean() ? 0120777 : 0100644);
      }
    }
    byte[] bytes = zip.toBytes();
    return bytesLevel ? mutateBytes(random, bytes) : bytes;
  }

  private static String hostile(Random random, Path outside) {
    if (random.nextInt(8) == 0) {
      return outside.toAbsolutePath() + "/evil"; // absolute, pointing somewhere we can watch
    }
    return HOSTILE[random.nextInt(HOSTILE.length)];
  }

  private static String mutateText(Random random, String text) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, "{}[]\",:\\0-e".charAt(random.nextInt(11)));
        case 2 -> out.setLength(at);
        default -> out.setCharAt(at, (char) (32 + random.nextInt(95)));
      }
    }
    return out.toString();
  }

  private static byte[] mutateBytes(Random random, byte[] bytes) {
    switch (random.nextInt(5)) {
      case 4 -> {
        long[] sizes = {44, 44 + random.nextInt(100), random.nextLong(), 0x7FFF_FF00L + 44, -1};
        return TestZip.withZip64End(bytes, sizes[random.nextInt(sizes.length)],
            random.nextBoolean() ? random.nextInt(20) : random.nextLong());
      }
      case 0 -> {
        return java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
      }
      case 1 -> {
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1 + random.nextInt(64));
        random.ints(bytes.length, longer.length).limit(8).forEach(i -> longer[i] = (byte) random.nextInt());
        return longer;
      }
      default -> {
        byte[] flipped = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
          flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return flipped;
      }
    }
  }
}
