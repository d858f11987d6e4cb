package io.sharedo.export.core.pkg;

import io.sharedo.export.ExportException;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.internal.pkg.ExtractionTarget;
import io.sharedo.export.core.internal.pkg.FileTrees;
import io.sharedo.export.core.internal.pkg.OpenPackage;
import io.sharedo.export.core.internal.pkg.PackageErrors;
import io.sharedo.export.core.internal.pkg.PackageLayout;
import io.sharedo.export.core.internal.pkg.PackageParser;
import io.sharedo.export.core.internal.pkg.SafeExtractor;
import io.sharedo.export.core.internal.pkg.StructureValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates, extracts and parses export package ZIPs safely: entries that would escape the folder,
 * links, and packages that inflate past the {@link PackageLimits} are refused, and a failure never
 * leaves extracted files behind. The package format and the rules are described in
 * {@code docs/PACKAGE-FORMAT.md}.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/PackageSnippets.java#PackageReader -->
 * <pre>{@code
 * PackageReader reader = PackageReader.withDefaults();
 * ExportPackage content = reader.read(Path.of("matter.zip"));   // temp folder, always removed
 * content.workTypes().forEach(w -> System.out.println(w.systemName()));
 * }</pre>
 *
 * <p>Failures are {@link ExportException}s: {@code EXPORT_006} (VALIDATION_FAILED) when the package
 * is empty, not a ZIP, damaged, unsafe, over a limit, or its manifest or a step file is wrong;
 * {@code EXPORT_005} (EXTRACTION_FAILED) when the files cannot be written; {@code EXPORT_009} when
 * the thread is interrupted during extraction. Arguments that are null raise
 * {@link IllegalArgumentException}.
 *
 * <p>Thread-safe: immutable; any number of threads may use one reader at once.
 */
public final class PackageReader {
  private static final Logger LOG = LoggerFactory.getLogger(PackageReader.class);
  private static final String TEMP_PREFIX = "sharedo-package-";
  private static final PackageReader DEFAULT = new PackageReader(PackageLimits.defaults());

  private final PackageLimits limits;
  private final StructureValidator validator;
  private final SafeExtractor extractor;

  private PackageReader(PackageLimits limits) {
    this.limits = limits;
    this.validator = new StructureValidator(limits);
    this.extractor = new SafeExtractor(limits);
  }

  /**
   * A reader enforcing the given limits.
   *
   * @param limits the limits
   * @return the reader
   * @throws IllegalArgumentException when limits is null
   */
  public static PackageReader create(PackageLimits limits) {
    return new PackageReader(notNull(limits, "limits"));
  }

  /**
   * A reader enforcing {@link PackageLimits#defaults()}.
   *
   * @return the shared default reader
   */
  public static PackageReader withDefaults() {
    return DEFAULT;
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits
   */
  public PackageLimits limits() {
    return limits;
  }

  /**
   * Checks a package's structure without extracting it: the file is a non-empty ZIP, every entry
   * name is a safe relative path (no {@code ..}, no absolute path, no drive letter, no backslash),
   * no entry is a link, encrypted, or collides with another, the entry count is within the limit,
   * {@code manifest.json} is present, parseable and within {@code maxManifestBytes}, {@code maxSteps}
   * and {@code maxDependencies}, and every {@code StorageFilename} it names is a safe path present
   * in the ZIP as {@code data/<name>} (or at the root), every {@code Files[]} name as
   * {@code files/<name>} (or at the root). The other byte limits are enforced only by
   * {@link #extract}, which sees the real inflated sizes.
   *
   * @param zip the package file
   * @throws ExportException {@code EXPORT_006} saying what is wrong and what to do
   * @throws IllegalArgumentException when zip is null
   */
  public void validate(Path zip) {
    notNull(zip, "zip");
    try (OpenPackage pkg = OpenPackage.open(zip, limits)) {
      validator.validate(pkg);
    }
  }

  /**
   * Validates a package, extracts it under a folder, and parses it. The folder must not exist (it
   * is created, with missing parents) or be empty. Bytes are counted as they are inflated, never
   * taken from headers, and extraction stops at the first limit exceeded. On any failure nothing
   * extracted is left behind: every file and folder this call created is removed, the target folder
   * too when this call created it.
   *
   * @param zip the package file
   * @param targetDirectory a new or empty folder
   * @return the content, the folder, and how many files were written
   * @throws ExportException {@code EXPORT_006} for an invalid or unsafe package or a limit exceeded,
   *     {@code EXPORT_005} when the folder is not empty or writing fails, {@code EXPORT_009} when the
   *     thread is interrupted
   * @throws IllegalArgumentException when an argument is null
   */
  public ExtractedPackage extract(Path zip, Path targetDirectory) {
    notNull(zip, "zip");
    notNull(targetDirectory, "targetDirectory");
    try (OpenPackage pkg = OpenPackage.open(zip, limits)) {
      PackageLayout layout = validator.validate(pkg);
      ExtractionTarget target = ExtractionTarget.prepare(zip, targetDirectory);
      try {
        int files = extractor.extract(pkg, layout, target);
        ExportPackage content = PackageParser.parse(zip, layout, target.directory());
        LOG.debug("extracted {} ({} files) into {}", zip, files, target.directory());
        return new ExtractedPackage(content, target.directory(), files);
      } catch (RuntimeException | Error e) {
        target.undo(e);
        throw e;
      }
    }
  }

  /**
   * Reads a package: extracts it into a fresh folder under the system temp folder, parses it, and
   * deletes the folder, whether reading succeeded or not.
   *
   * @param zip the package file
   * @return the content
   * @throws ExportException as {@link #extract(Path, Path)}; {@code EXPORT_005} when the temp folder
   *     cannot be created
   * @throws IllegalArgumentException when zip is null
   */
  public ExportPackage read(Path zip) {
    return read(zip, Paths.get(System.getProperty("java.io.tmpdir")));
  }

  /**
   * Reads a package: extracts it into a fresh folder under {@code tempRoot}, parses it, and deletes
   * the folder, whether reading succeeded or not.
   *
   * @param zip the package file
   * @param tempRoot an existing folder to create the temporary folder in
   * @return the content
   * @throws ExportException as {@link #extract(Path, Path)}; {@code EXPORT_005} when the temp folder
   *     cannot be created
   * @throws IllegalArgumentException when an argument is null
   */
  public ExportPackage read(Path zip, Path tempRoot) {
    notNull(zip, "zip");
    notNull(tempRoot, "tempRoot");
    Path temp;
    try {
      temp = Files.createTempDirectory(tempRoot, TEMP_PREFIX);
    } catch (IOException e) {
      throw PackageErrors.extractionFailed(zip, "cannot create a temporary folder in " + tempRoot,
          PackageErrors.CHECK_FOLDER, e);
    }
    ExportException failure = null;
    try {
      return extract(zip, temp).content();
    } catch (ExportException e) {
      failure = e;
      throw e;
    } finally {
      try {
        FileTrees.deleteTree(temp);
      } catch (IOException e) {
        LOG.warn("could not delete the temporary folder {}", temp, e);
        if (failure != null) {
          failure.addSuppressed(e);
        }
      }
    }
  }

  @Override
  public String toString() {
    return "PackageReader[" + limits + "]";
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }
}
