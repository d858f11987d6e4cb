package io.sharedo.export.examples.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.core.pkg.ExtractedPackage;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a package as files a person can read and keep under version control: the manifest and
 * each step file pretty-printed (two-space indent, LF line ends, a final line break), in a layout
 * named by provider and system name only, never by the step's GUID, so two exports of the same
 * thing land on the same paths and {@code git diff} shows only what changed:
 *
 * <pre>
 * DIR/worktype-matter-uat/manifest.json
 * DIR/worktype-matter-uat/sharedo-type/matter.json
 * DIR/worktype-matter-uat/files/...            (attachments, as they are)
 * </pre>
 *
 * <p>The package is verified and unpacked by the library's {@link PackageReader} (with its limits)
 * into a hidden folder beside the target, and the target folder is replaced only once everything
 * was written, so a failure leaves the previous copy as it was and nothing half-written. Names
 * from the package are made safe with {@link FileNames#safe}. Stateless, thread-safe.
 */
final class ReadablePackage {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final ObjectWriter PRETTY;

  static {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentObjectsWith(lf);
    printer.indentArraysWith(lf);
    PRETTY = JSON.writer(printer);
  }

  private ReadablePackage() {}

  /**
   * What was written.
   *
   * @param folder the package's folder
   * @param files how many files it holds
   */
  record Written(Path folder, int files) {}

  /**
   * Writes the package into {@code root/name}, replacing what an earlier run left there.
   *
   * @param zip the verified package file
   * @param root the {@code --extract} folder (created when missing)
   * @param name the package's folder name, such as {@code worktype-matter-uat}
   * @return where it went
   * @throws ExportException {@code EXPORT_005} when the files cannot be written, or the package
   *     reader's own failure when the package cannot be read
   */
  static Written write(Path zip, Path root, String name) {
    Path target = root.resolve(name);
    Path work = null;
    try {
      Files.createDirectories(root);
      work = Files.createTempDirectory(root, "." + name + ".");
      ExtractedPackage unpacked = PackageReader.withDefaults().extract(zip, work.resolve("unpacked"));
      Path readable = Files.createDirectory(work.resolve("readable"));
      int files = writeAll(unpacked, readable);
      replace(target, readable, work);
      return new Written(target, files);
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED,
          "cannot write the readable copy of the package to " + target + ": " + FileProblems.reason(cause)
              + "; check that the --extract folder is writable");
    } finally {
      deleteQuietly(work);
    }
  }

  private static int writeAll(ExtractedPackage unpacked, Path readable) throws IOException {
    Path from = unpacked.directory();
    pretty(from.resolve("manifest.json"), readable.resolve("manifest.json"));
    int files = 1;
    Set<Path> taken = new HashSet<>();
    for (ManifestStep step : unpacked.content().manifest().steps()) {
      Path source = stepFile(from, step.storageFilename());
      Path folder = readable.resolve(nameOf(step.provider()));
      String base = nameOf(stepName(step));
      Path file = folder.resolve(base + ".json");
      // Two steps of one provider with one system name (or none): number the later ones, in manifest order.
      for (int n = 2; !taken.add(file); n++) {
        file = folder.resolve(base + "-" + n + ".json");
      }
      Files.createDirectories(folder);
      pretty(source, file);
      files++;
    }
    Path attachments = from.resolve("files");
    if (Files.isDirectory(attachments)) {
      files += copyTree(attachments, readable.resolve("files"));
    }
    return files;
  }

  /** A step file named in the manifest: relative to {@code data/} in ShareDo's packages, to the root in older ones. */
  private static Path stepFile(Path root, String storageFilename) {
    Path inData = root.resolve("data").resolve(storageFilename).normalize();
    return inData.startsWith(root) && Files.isRegularFile(inData) ? inData : root.resolve(storageFilename).normalize();
  }

  /**
   * What names a step's file: its selector's system name or, for a selector without one (an
   * {@code Id}, a portal's type and title), the selector's text values in order.
   */
  private static String stepName(ManifestStep step) {
    if (step.selectorSystemName() != null) {
      return step.selectorSystemName();
    }
    String values = step.selector().values().stream()
        .filter(v -> v instanceof String text && !text.isBlank())
        .map(String.class::cast)
        .collect(java.util.stream.Collectors.joining("-"));
    return values.isEmpty() ? step.description() : values;
  }

  private static String nameOf(String name) {
    String safe = name == null ? "" : FileNames.safe(name);
    return safe.isEmpty() ? "_" : safe;
  }

  private static void pretty(Path source, Path target) throws IOException {
    JsonNode tree = JSON.readTree(source.toFile());
    Files.writeString(target, PRETTY.writeValueAsString(tree) + "\n", StandardCharsets.UTF_8);
  }

  private static int copyTree(Path from, Path to) throws IOException {
    int copied = 0;
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        // Folders only as the files need them: an empty files/ would be noise in a working copy.
        if (Files.isRegularFile(p)) {
          Path target = to.resolve(from.relativize(p).toString());
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
          copied++;
        }
      }
    }
    return copied;
  }

  /** Puts the new copy in place of the old one; the old one is deleted only once the new one is there. */
  private static void replace(Path target, Path readable, Path work) throws IOException {
    Path old = work.resolve("old");
    if (Files.exists(target)) {
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(readable, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (Files.exists(old)) {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
  }

  /**
   * Deletes a folder and everything in it (or a file), as far as it can; never throws.
   *
   * @param folder the folder or file, or null for nothing
   */
  static void deleteQuietly(Path folder) {
    if (folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // A leftover hidden work folder is untidy, not wrong; the result (or failure) matters more.
    }
  }
}
