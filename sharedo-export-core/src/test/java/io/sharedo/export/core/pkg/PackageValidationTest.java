package io.sharedo.export.core.pkg;

import static io.sharedo.export.ExportErrorCode.VALIDATION_FAILED;
import static io.sharedo.export.core.pkg.Failures.everyEntryPointRefuses;
import static io.sharedo.export.core.pkg.TestPackages.manifest;
import static io.sharedo.export.core.pkg.TestPackages.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.ExportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Structurally invalid or unsafe packages are EXPORT_006 from validate, extract and read alike. */
class PackageValidationTest {
  @TempDir Path dir;
  private final PackageReader reader = PackageReader.withDefaults();

  @Nested
  class NotAPackage {
    @Test
    void refusesAnEmptyFile() throws Exception {
      Path zip = Files.write(dir.resolve("empty.zip"), new byte[0]);

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("empty");
    }

    @Test
    void refusesAFileThatIsNotAZip() throws Exception {
      Path zip = Files.writeString(dir.resolve("text.zip"), "<html>Service Unavailable</html>");

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED))
          .hasMessageContaining("not a readable ZIP");
    }

    @Test
    void refusesATruncatedZip() throws Exception {
      byte[] whole = TestPackages.valid().toBytes();
      Path zip = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2));

      everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);
    }

    @Test
    void refusesAZip64EndRecordClaimingAHugeSizeBeforeAllocatingIt() throws Exception {
      // Zip4j would allocate a buffer of the claimed size: two gigabytes from a one-kilobyte file.
      byte[] bomb = TestZip.withZip64End(TestPackages.workTypeOnly().toBytes(), 0x7FFF_FF00L + 44, 2);
      Path zip = Files.write(dir.resolve("z64.zip"), bomb);

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("ZIP64 end record");
    }

    @Test
    void refusesAnEndRecordClaimingMoreEntriesThanTheLimitBeforeReadingThem() throws Exception {
      PackageReader strict = PackageReader.create(PackageLimits.builder().maxEntries(5).build());
      byte[] claims = TestZip.withZip64End(TestPackages.workTypeOnly().toBytes(), 44, 1L << 40);
      Path zip = Files.write(dir.resolve("many.zip"), claims);

      ExportException e = everyEntryPointRefuses(strict, zip, dir, VALIDATION_FAILED);

      assertThat(e.details()).containsEntry("limit", "maxEntries");
    }

    @Test
    void readsAZipWithAnHonestZip64EndRecord() throws Exception {
      byte[] honest = TestZip.withZip64End(TestPackages.workTypeOnly().toBytes(), 44, 4);
      Path zip = Files.write(dir.resolve("honest.zip"), honest);

      assertThat(reader.read(zip, dir).workTypes()).hasSize(1);
    }

    @Test
    void refusesAMissingFile() {
      everyEntryPointRefuses(reader, dir.resolve("nowhere.zip"), dir, VALIDATION_FAILED);
    }

    @Test
    void refusesAFolder() throws Exception {
      everyEntryPointRefuses(reader, Files.createDirectory(dir.resolve("folder.zip")), dir, VALIDATION_FAILED);
    }

    @Test
    void refusesNullArgumentsNamingThem() {
      assertThatThrownBy(() -> reader.validate(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("zip cannot be null");
      assertThatThrownBy(() -> reader.extract(dir.resolve("p.zip"), null))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("targetDirectory cannot be null");
      assertThatThrownBy(() -> PackageReader.create(null)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class BadManifest {
    @Test
    void refusesAZipWithoutManifest() {
      Path zip = new TestZip().add(TestPackages.WORK_TYPE_FILE, TestPackages.WORK_TYPE).writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("no manifest.json");
    }

    @Test
    void refusesAManifestThatIsNotJson() {
      Path zip = new TestZip().add("manifest.json", "{\"ExportedSteps\": [").writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED))
          .hasMessageContaining("manifest.json").hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesAManifestWithDuplicateKeys() {
      Path zip = new TestZip().add("manifest.json", "{\"ExportedSteps\": [], \"ExportedSteps\": []}")
          .writeTo(dir.resolve("p.zip"));

      everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);
    }

    @Test
    void refusesAManifestWithoutSteps() {
      Path zip = new TestZip().add("manifest.json", "{\"Name\": \"VeryBasic\", \"Files\": []}").writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("ExportedSteps");
    }

    @Test
    void refusesAManifestNamingAMissingStepFile() {
      Path zip = new TestZip()
          .add("manifest.json", manifest(step("sharedo-type", "steps/gone.json", "matter")))
          .writeTo(dir.resolve("p.zip"));

      ExportException e = everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);

      assertThat(e).hasMessageContaining("steps/gone.json").hasMessageContaining("not a file in the ZIP");
      assertThat(e.details()).containsEntry("entry", "steps/gone.json");
    }

    @Test
    void resolvesFilesEntriesUnderTheFilesFolder() {
      Path zip = TestPackages.folders()
          .add("manifest.json", manifest(step("sharedo-type", TestPackages.WORK_TYPE_FILE, "matter"))
              .replace("\"Files\": []", "\"Files\": [\"logo.png\", {\"StorageFilename\": \"letter.docx\"}]"))
          .add(TestPackages.WORK_TYPE_ENTRY, TestPackages.WORK_TYPE)
          .add("files/logo.png", new byte[] {1, 2, 3})
          .add("letter.docx", new byte[] {4})
          .writeTo(dir.resolve("p.zip"));

      assertThat(reader.read(zip, dir).manifest().files()).containsExactly("logo.png", "letter.docx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing.png", "../evil.png", "a//b.png", "files/"})
    void refusesAFilesEntryThatIsMissingOrUnsafe(String name) {
      Path zip = TestPackages.folders()
          .add("manifest.json", manifest(step("sharedo-type", TestPackages.WORK_TYPE_FILE, "matter"))
              .replace("\"Files\": []", "\"Files\": [" + TestPackages.quote(name) + "]"))
          .add(TestPackages.WORK_TYPE_ENTRY, TestPackages.WORK_TYPE)
          .writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED))
          .hasMessageContaining("a Files entry " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.json", "/abs.json", "C:\\x.json", "C:x.json", "..\\x.json", "steps/../../x.json",
        "steps//x.json", "./x.json"})
    void refusesAStorageFilenameThatEscapesTheFolder(String hostile) {
      // The entry exists under that very name, so only the name check can refuse it.
      Path zip = new TestZip()
          .add("manifest.json", manifest(step("sharedo-type", hostile, "matter")))
          .add(hostile, TestPackages.WORK_TYPE)
          .writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining(hostile);
      assertThat(dir.getParent().resolve("evil.json")).doesNotExist();
    }
  }

  @Nested
  class UnsafeEntries {
    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/abs", "C:\\x", "..\\x", "a/../../evil", "D:/x", "a\\..\\..\\x", "a\u0000b",
        "x/./y", "file.json:stream"})
    void refusesAPlainEntryThatEscapesTheFolder(String hostile) {
      Path zip = TestPackages.workTypeOnly().add(hostile, "boom").writeTo(dir.resolve("p.zip"));

      ExportException e = everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);

      // Entry names reach messages and details with control characters escaped.
      assertThat(e.details()).containsEntry("entry", hostile.replace("\u0000", "\\u0000"));
      assertThat(dir.getParent().resolve("evil")).doesNotExist();
    }

    @Test
    void refusesASymbolicLinkEntry() {
      TestZip zip = TestPackages.workTypeOnly();
      zip.entry("steps/link", "/etc/passwd".getBytes(java.nio.charset.StandardCharsets.UTF_8)).unixMode(0120777);

      assertThat(everyEntryPointRefuses(reader, zip.writeTo(dir.resolve("p.zip")), dir, VALIDATION_FAILED))
          .hasMessageContaining("symbolic link");
    }

    @Test
    void acceptsRegularUnixFileModes() {
      TestZip zip = new TestZip();
      zip.entry("manifest.json", manifest().getBytes(java.nio.charset.StandardCharsets.UTF_8)).unixMode(0100644);
      zip.entry("docs/", new byte[0]).unixMode(040755);

      assertThat(reader.read(zip.writeTo(dir.resolve("p.zip")), dir).allComponents()).isEmpty();
    }

    @Test
    void refusesTheSameEntryTwice() {
      Path zip = TestPackages.workTypeOnly().add(TestPackages.WORK_TYPE_ENTRY, "{\"BaseSharedo\": {}}")
          .writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("appears twice");
    }

    @Test
    void refusesEntriesThatDifferOnlyInCase() {
      Path zip = TestPackages.workTypeOnly().add("DATA/" + TestPackages.WORK_TYPE_FILE, "{}")
          .writeTo(dir.resolve("p.zip"));

      everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);
    }

    @Test
    void refusesAFileThatIsAlsoAFolder() {
      Path zip = TestPackages.workTypeOnly().add("docs", "x").add("docs/inner.json", "{}")
          .writeTo(dir.resolve("p.zip"));

      assertThat(everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED)).hasMessageContaining("which is a file");
    }

    @Test
    void refusesANameLikeASplitArchive() throws Exception {
      Path zip = TestPackages.workTypeOnly().writeTo(dir.resolve("p.zip.001"));

      everyEntryPointRefuses(reader, zip, dir, VALIDATION_FAILED);
    }
  }
}
