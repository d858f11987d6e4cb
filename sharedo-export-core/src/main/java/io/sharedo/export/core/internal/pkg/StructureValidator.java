package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.core.pkg.PackageLimits;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.lingala.zip4j.model.FileHeader;
import net.lingala.zip4j.model.enums.CompressionMethod;

/**
 * Checks a package's structure before anything is written: every entry name safe, no links or
 * device entries, nothing encrypted, no two entries that would land on one path, no more entries
 * than allowed, a parseable {@code manifest.json} within its limits, and every step file and
 * attachment it names present ({@code data/<StorageFilename>} or, leniently, at the root;
 * {@code files/<name>} or at the root). Reads only
 * the manifest's bytes (counted against the limits like any entry). Thread-safe: no mutable state.
 */
public final class StructureValidator {
  /** Unix file-type bits, in the high 16 bits of a central directory entry's external attributes. */
  private static final int UNIX_TYPE_MASK = 0xF000;
  private static final int UNIX_REGULAR_FILE = 0x8000;
  private static final int UNIX_DIRECTORY = 0x4000;
  private static final int UNIX_SYMLINK = 0xA000;

  private final PackageLimits limits;

  /**
   * Creates a validator.
   *
   * @param limits the limits to enforce
   */
  public StructureValidator(PackageLimits limits) {
    this.limits = limits;
  }

  /**
   * Validates an open package.
   *
   * @param pkg the open package
   * @return its entries and parsed manifest
   * @throws io.sharedo.export.ExportException EXPORT_006 saying what is wrong
   */
  public PackageLayout validate(OpenPackage pkg) {
    Path zip = pkg.path();
    List<FileHeader> entries = pkg.headers();
    if (entries.size() > limits.maxEntries()) {
      throw PackageErrors.tooManyEntries(zip, "has " + entries.size() + " entries", limits.maxEntries());
    }
    Map<String, FileHeader> files = new HashMap<>();
    Set<String> keys = new HashSet<>();
    Set<String> fileKeys = new HashSet<>();
    for (FileHeader entry : entries) {
      checkEntry(zip, entry);
      String name = entry.getFileName();
      String key = EntryNames.collisionKey(name);
      if (!keys.add(key)) {
        throw unsafe(zip, name, "appears twice (names are compared ignoring case, and a file and a folder of one name"
            + " collide)");
      }
      if (!EntryNames.isFolder(name)) {
        files.put(name, entry);
        fileKeys.add(key);
      }
    }
    for (FileHeader entry : entries) {
      // A file that is also the parent of another entry cannot be extracted.
      String name = entry.getFileName();
      String key = EntryNames.collisionKey(name);
      for (int slash = key.indexOf('/'); slash >= 0; slash = key.indexOf('/', slash + 1)) {
        if (fileKeys.contains(key.substring(0, slash))) {
          throw unsafe(zip, name, "sits under " + key.substring(0, slash) + ", which is a file");
        }
      }
    }
    FileHeader manifestEntry = files.get(ManifestParser.MANIFEST);
    if (manifestEntry == null) {
      throw PackageErrors.invalid(zip, "has no " + ManifestParser.MANIFEST + " at its root",
          "it was not made by a ShareDo export; " + PackageErrors.DOWNLOAD_AGAIN, null);
    }
    PackageManifest manifest = ManifestParser.parse(zip, readManifest(pkg, manifestEntry), limits);
    Map<String, String> stepEntries = new HashMap<>();
    for (ManifestStep step : manifest.steps()) {
      String where = "a manifest step (provider " + step.provider() + ", " + describe(step) + ")";
      stepEntries.put(step.storageFilename(), resolve(zip, files, PackageLayout.DATA, step.storageFilename(),
          where + " whose StorageFilename"));
    }
    for (String file : manifest.files()) {
      resolve(zip, files, PackageLayout.FILES, file, "a Files entry");
    }
    return new PackageLayout(entries, manifest, stepEntries);
  }

  /**
   * The ZIP entry a manifest name refers to: {@code folder + name} (where ShareDo puts it), else
   * the name at the root. The name must be a safe relative path.
   */
  private static String resolve(Path zip, Map<String, FileHeader> files, String folder, String name, String what) {
    EntryNames.problem(name).ifPresent(problem -> {
      throw PackageErrors.invalid(zip, "has " + what + " " + name + " that " + problem,
          "the package is unsafe to extract; do not use it, and report it to whoever produced it", null,
          "entry", name);
    });
    if (!EntryNames.isFolder(name)) {
      if (files.containsKey(folder + name)) {
        return folder + name;
      }
      if (files.containsKey(name)) {
        return name;
      }
    }
    throw PackageErrors.invalid(zip, "has " + what + " " + name + " that is not a file in the ZIP (looked for "
            + folder + name + " and " + name + ")",
        "the package is incomplete; " + PackageErrors.DOWNLOAD_AGAIN, null, "entry", name);
  }

  private static String describe(ManifestStep step) {
    return step.selectorSystemName() != null ? "system name " + step.selectorSystemName()
        : "selector " + step.canonicalSelector();
  }

  private void checkEntry(Path zip, FileHeader entry) {
    String name = entry.getFileName();
    EntryNames.problem(name).ifPresent(problem -> {
      throw unsafe(zip, name, problem);
    });
    byte[] attributes = entry.getExternalFileAttributes();
    if (attributes != null && attributes.length >= 4) {
      int unixType = ((attributes[3] & 0xFF) << 8) & UNIX_TYPE_MASK;
      if (unixType == UNIX_SYMLINK) {
        throw unsafe(zip, name, "is a symbolic link");
      }
      if (unixType != 0 && unixType != UNIX_REGULAR_FILE && unixType != UNIX_DIRECTORY) {
        throw unsafe(zip, name, "is a special file (device, pipe or socket)");
      }
    }
    if (entry.isEncrypted()) {
      throw PackageErrors.invalid(zip, "has an encrypted entry " + name,
          "ShareDo packages are never encrypted; " + PackageErrors.DOWNLOAD_AGAIN, null, "entry", name);
    }
    CompressionMethod method = entry.getCompressionMethod();
    if (method != CompressionMethod.STORE && method != CompressionMethod.DEFLATE) {
      throw PackageErrors.invalid(zip, "has an entry " + name + " compressed with " + method
          + ", which is not supported (only stored and deflated entries are)", PackageErrors.DOWNLOAD_AGAIN, null,
          "entry", name);
    }
  }

  private byte[] readManifest(OpenPackage pkg, FileHeader manifestEntry) {
    long max = limits.maxManifestBytes();
    if (manifestEntry.getUncompressedSize() > max) {
      throw manifestTooLarge(pkg.path(), max);
    }
    InflationBudget budget = new InflationBudget(limits, pkg.path(), pkg.size());
    // The header's size may lie: count the bytes really inflated too.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        if (size() + (long) len > max) {
          throw manifestTooLarge(pkg.path(), max);
        }
        super.write(b, off, len);
      }
    };
    EntryCopier.copy(pkg, manifestEntry, budget, bytes);
    return bytes.toByteArray();
  }

  private static RuntimeException manifestTooLarge(Path zip, long max) {
    return PackageErrors.overLimit(zip, "has a " + ManifestParser.MANIFEST + " larger than " + max + " bytes",
        "maxManifestBytes", max);
  }

  private static RuntimeException unsafe(Path zip, String name, String problem) {
    return PackageErrors.invalid(zip, "has an entry " + name + " that " + problem,
        "the package is unsafe to extract; do not use it, and report it to whoever produced it", null,
        "entry", name);
  }
}
