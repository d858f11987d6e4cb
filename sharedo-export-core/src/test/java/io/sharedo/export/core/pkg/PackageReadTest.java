package io.sharedo.export.core.pkg;

import static io.sharedo.export.core.pkg.Failures.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.component.ExportPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** read() always removes its temporary folder, and one reader serves many threads at once. */
class PackageReadTest {
  @TempDir Path dir;

  @Test
  void removesItsTemporaryFolderAfterSuccess() throws Exception {
    Path tempRoot = Files.createDirectory(dir.resolve("temp"));

    ExportPackage content = PackageReader.withDefaults().read(TestPackages.valid().writeTo(dir.resolve("p.zip")),
        tempRoot);

    assertThat(content.allComponents()).hasSize(2);
    assertThat(list(tempRoot)).isEmpty();
  }

  @Test
  void removesItsTemporaryFolderAfterAFailureDuringParsing() throws Exception {
    Path tempRoot = Files.createDirectory(dir.resolve("temp"));
    Path zip = new TestZip()
        .add("manifest.json", TestPackages.manifest(TestPackages.step("sharedo-type", "t.json", "matter")))
        .add("t.json", "not json")
        .writeTo(dir.resolve("p.zip"));

    ExportException e = catchThrowableOfType(ExportException.class, () -> PackageReader.withDefaults().read(zip,
        tempRoot));

    assertThat(e.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertThat(list(tempRoot)).isEmpty();
  }

  @Test
  void reportsATempRootThatDoesNotExistAsExtractionFailed() {
    Path zip = TestPackages.valid().writeTo(dir.resolve("p.zip"));

    ExportException e = catchThrowableOfType(ExportException.class,
        () -> PackageReader.withDefaults().read(zip, dir.resolve("missing")));

    assertThat(e.code()).isEqualTo(ExportErrorCode.EXTRACTION_FAILED);
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void closesEveryFileItOpensWhetherReadingSucceedsOrFails() throws Exception {
    Path fds = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(fds), "needs /proc to count open files");
    PackageReader reader = PackageReader.withDefaults();
    Path tempRoot = Files.createDirectory(dir.resolve("temp"));
    TestZip bomb = TestPackages.workTypeOnly();
    bomb.entry("bomb.bin", new byte[2 * 1024 * 1024]);
    byte[] valid = TestPackages.valid().toBytes();
    byte[] damaged = valid.clone();
    damaged[130] ^= 0x55; // inside the manifest's data (after the two folder entries): fails while streaming it
    List<Path> packages = List.of(
        TestPackages.valid().writeTo(dir.resolve("good.zip")),
        bomb.writeTo(dir.resolve("bomb.zip")),
        Files.write(dir.resolve("damaged.zip"), damaged),
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(valid, valid.length - 30)));
    for (Path zip : packages) { // warm up: class loading opens jar files once
      readQuietly(reader, zip, tempRoot);
    }
    long before = count(fds);

    for (int i = 0; i < 25; i++) {
      for (Path zip : packages) {
        readQuietly(reader, zip, tempRoot);
        catchThrowableOfType(ExportException.class, () -> reader.validate(zip));
      }
    }

    assertThat(count(fds)).isLessThanOrEqualTo(before);
    assertThat(list(tempRoot)).isEmpty();
  }

  private static void readQuietly(PackageReader reader, Path zip, Path tempRoot) {
    try {
      reader.read(zip, tempRoot);
    } catch (ExportException expected) {
      assertThat(expected.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    }
  }

  private static long count(Path folder) throws Exception {
    try (var entries = Files.list(folder)) {
      return entries.count();
    }
  }

  @Test
  void oneReaderServesConcurrentReads() throws Exception {
    PackageReader reader = PackageReader.withDefaults();
    Path good = TestPackages.valid().writeTo(dir.resolve("good.zip"));
    TestZip bomb = TestPackages.workTypeOnly();
    bomb.entry("bomb.bin", new byte[2 * 1024 * 1024]);
    Path bad = bomb.writeTo(dir.resolve("bad.zip"));
    Path tempRoot = Files.createDirectory(dir.resolve("temp"));
    ExportPackage expected = reader.read(good, tempRoot);
    int threads = 4;
    int readsPerThread = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(() -> {
          start.await();
          int refused = 0;
          for (int i = 0; i < readsPerThread; i++) {
            if (i % 4 == 3) {
              ExportException e = catchThrowableOfType(ExportException.class, () -> reader.read(bad, tempRoot));
              assertThat(e.details()).containsEntry("limit", "maxCompressionRatio");
              refused++;
            } else {
              assertThat(reader.read(good, tempRoot)).isEqualTo(expected);
            }
          }
          return refused;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(readsPerThread / 4);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(list(tempRoot)).isEmpty();
  }
}
