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
 * than allowed, a parseable {@code manifest.json}, and every step file it names present. Reads only
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
    PackageManifest manifest = ManifestParser.parse(zip, readManifest(pkg, manifestEntry));
    for (ManifestStep step : manifest.steps()) {
      String file = step.storageFilename();
      EntryNames.problem(file).ifPresent(problem -> {
        throw PackageErrors.invalid(zip, "has a manifest step whose StorageFilename " + file + " " + problem,
            "the package is unsafe to extract; do not use it, and report it to whoever produced it", null,
            "entry", file);
      });
      if (EntryNames.isFolder(file) || !files.containsKey(file)) {
        throw PackageErrors.invalid(zip, "has a manifest step (provider " + step.provider() + ", system name "
                + step.systemName() + ") whose StorageFilename " + file + " is not a file in the ZIP",
            "the package is incomplete; " + PackageErrors.DOWNLOAD_AGAIN, null, "entry", file);
      }
    }
    return new PackageLayout(entries, manifest);
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
    InflationBudget budget = new InflationBudget(limits, pkg.path(), pkg.size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EntryCopier.copy(pkg, manifestEntry, budget, bytes);
    return bytes.toByteArray();
  }

  private static RuntimeException unsafe(Path zip, String name, String problem) {
    return PackageErrors.invalid(zip, "has an entry " + name + " that " + problem,
        "the package is unsafe to extract; do not use it, and report it to whoever produced it", null,
        "entry", name);
  }
}
