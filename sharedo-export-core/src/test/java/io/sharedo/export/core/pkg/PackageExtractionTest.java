package io.sharedo.export.core.pkg;

import static io.sharedo.export.ExportErrorCode.EXTRACTION_FAILED;
import static io.sharedo.export.ExportErrorCode.VALIDATION_FAILED;
import static io.sharedo.export.core.pkg.Failures.extractAndReadRefuse;
import static io.sharedo.export.core.pkg.Failures.list;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Limits are enforced on the bytes really inflated, whatever the headers declare; every failure
 * removes what extraction wrote.
 */
class PackageExtractionTest {
  @TempDir Path dir;

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  @Test
  void refusesMoreEntriesThanTheLimit() {
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxEntries(3).build());
    Path zip = TestPackages.workTypeOnly().add("a.txt", "a").add("b.txt", "b").writeTo(dir.resolve("p.zip"));

    ExportException e = Failures.everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);

    assertThat(e.details()).containsEntry("limit", "maxEntries").containsEntry("limitValue", "3");
    assertThat(e).hasMessageContaining("6 entries");
  }

  @Test
  void stopsAtTheTotalLimitCountingRealBytesWhenHeadersUnderstateThem() {
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxTotalUncompressedBytes(100_000).build());
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("blob-1.bin", random(60_000));
    zip.entry("blob-2.bin", random(60_000)).declaringSize(10);
    Path file = zip.writeTo(dir.resolve("p.zip"));

    reader.validate(file); // headers look harmless: only extraction can tell
    ExportException e = extractAndReadRefuse(reader, file, dir, VALIDATION_FAILED);

    assertThat(e.details()).containsEntry("limit", "maxTotalUncompressedBytes").containsEntry("entry", "blob-2.bin");
  }

  @Test
  void stopsAnEntryOverTheEntryLimit() {
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxEntryBytes(50_000).build());
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("blob.bin", random(80_000)).declaringSize(100);

    ExportException e = extractAndReadRefuse(reader, zip.writeTo(dir.resolve("p.zip")), dir, VALIDATION_FAILED);

    assertThat(e.details()).containsEntry("limit", "maxEntryBytes").containsEntry("entry", "blob.bin");
  }

  @Test
  void stopsACompressionBombWhoseHeaderLiesAboutItsSize() {
    PackageReader reader = PackageReader.withDefaults();
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("bomb.bin", new byte[4 * 1024 * 1024]).declaringSize(10); // zeros deflate about 1000:1

    ExportException e = extractAndReadRefuse(reader, zip.writeTo(dir.resolve("p.zip")), dir, VALIDATION_FAILED);

    assertThat(e.details()).containsEntry("limit", "maxCompressionRatio").containsEntry("entry", "bomb.bin");
    assertThat(e).hasMessageContaining("ZIP bomb");
  }

  @Test
  void acceptsAHighlyCompressedEntryWhenTheRatioLimitAllowsIt() {
    PackageReader reader = PackageReader.create(PackageLimits.builder().maxCompressionRatio(5_000).build());
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("zeros.bin", new byte[2 * 1024 * 1024]);

    ExtractedPackage extracted = reader.extract(zip.writeTo(dir.resolve("p.zip")), dir.resolve("out"));

    assertThat(extracted.directory().resolve("zeros.bin")).hasSize(2 * 1024 * 1024);
  }

  @Test
  void refusesAStoredEntryThatHoldsMoreThanItDeclares() throws Exception {
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("big.bin", random(10_000)).stored().declaringSize(100);
    Path file = zip.writeTo(dir.resolve("p.zip"));

    extractAndReadRefuse(PackageReader.withDefaults(), file, dir, VALIDATION_FAILED);
  }

  @Test
  void refusesADeflatedEntryThatInflatesToMoreThanItDeclares() {
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("small.txt", "twelve bytes".getBytes(java.nio.charset.StandardCharsets.UTF_8)).declaringSize(5);

    ExportException e = extractAndReadRefuse(PackageReader.withDefaults(), zip.writeTo(dir.resolve("p.zip")), dir,
        VALIDATION_FAILED);

    assertThat(e).hasMessageContaining("declares 5 bytes but which holds 12");
  }

  @Test
  void leavesAnExistingEmptyTargetEmptyAfterAFailure() throws Exception {
    Path target = Files.createDirectory(dir.resolve("existing"));
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("nested/deeper/bomb.bin", new byte[4 * 1024 * 1024]);

    ExportException e = catchThrowableOfType(ExportException.class,
        () -> PackageReader.withDefaults().extract(zip.writeTo(dir.resolve("p.zip")), target));

    assertThat(e.code()).isEqualTo(VALIDATION_FAILED);
    assertThat(target).isEmptyDirectory();
  }

  @Test
  void removesCreatedParentFoldersAfterAFailure() {
    Path target = dir.resolve("a/b/c");
    TestZip zip = TestPackages.workTypeOnly();
    zip.entry("bomb.bin", new byte[4 * 1024 * 1024]);

    catchThrowableOfType(ExportException.class,
        () -> PackageReader.withDefaults().extract(zip.writeTo(dir.resolve("p.zip")), target));

    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void refusesATargetFolderThatIsNotEmptyAndLeavesItsFilesAlone() throws Exception {
    Path target = Files.createDirectory(dir.resolve("busy"));
    Path mine = Files.writeString(target.resolve("mine.txt"), "keep me");
    Path zip = TestPackages.workTypeOnly().writeTo(dir.resolve("p.zip"));

    ExportException e = catchThrowableOfType(ExportException.class,
        () -> PackageReader.withDefaults().extract(zip, target));

    assertThat(e.code()).isEqualTo(EXTRACTION_FAILED);
    assertThat(e).hasMessageContaining("not empty");
    assertThat(list(target)).containsExactly(mine);
    assertThat(mine).hasContent("keep me");
  }

  @Test
  void reportsAWriteFailureAsExtractionFailedAndRemovesWhatWasWritten() {
    // Each segment is legal, but the whole path is longer than any file system accepts.
    String tooLong = ("d".repeat(200) + "/").repeat(30) + "x.json";
    Path zip = TestPackages.workTypeOnly().add(tooLong, "{}").writeTo(dir.resolve("p.zip"));

    ExportException e = extractAndReadRefuse(PackageReader.withDefaults(), zip, dir, EXTRACTION_FAILED);

    assertThat(e).hasMessageContaining("writable");
  }

  @Test
  void stopsWhenTheThreadIsInterruptedAndRemovesWhatWasWritten() {
    Path target = dir.resolve("out");
    Path zip = TestPackages.valid().writeTo(dir.resolve("p.zip"));

    Thread.currentThread().interrupt();
    ExportException e;
    try {
      e = catchThrowableOfType(ExportException.class, () -> PackageReader.withDefaults().extract(zip, target));
    } finally {
      Thread.interrupted();
    }

    assertThat(e).isInstanceOf(ExportCancelledException.class);
    assertThat(e.code()).isEqualTo(ExportErrorCode.CANCELLED);
    assertThat(target).doesNotExist();
  }
}
