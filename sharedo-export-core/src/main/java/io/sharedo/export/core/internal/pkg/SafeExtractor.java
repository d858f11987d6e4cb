package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.core.pkg.PackageLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import net.lingala.zip4j.model.FileHeader;

/**
 * Writes a validated package's entries under the target folder, counting the bytes really inflated
 * against the limits as they are written. Never creates links, never writes outside the folder,
 * never overwrites. Thread-safe: no mutable state (the budget and target are per call).
 */
public final class SafeExtractor {
  private final PackageLimits limits;

  /**
   * Creates an extractor.
   *
   * @param limits the limits to enforce
   */
  public SafeExtractor(PackageLimits limits) {
    this.limits = limits;
  }

  /**
   * Extracts every entry. On failure, what was already written stays recorded in the target for
   * the caller to {@link ExtractionTarget#undo(Throwable) undo}.
   *
   * @param pkg the open package
   * @param layout its validated layout
   * @param target the prepared target folder
   * @return how many files were written
   * @throws io.sharedo.export.ExportException EXPORT_006 for a damaged entry or a limit exceeded,
   *     EXPORT_005 when writing fails, EXPORT_009 when the thread is interrupted
   */
  public int extract(OpenPackage pkg, PackageLayout layout, ExtractionTarget target) {
    InflationBudget budget = new InflationBudget(limits, pkg.path(), pkg.size());
    int files = 0;
    for (FileHeader entry : layout.entries()) {
      if (Thread.currentThread().isInterrupted()) {
        throw PackageErrors.interrupted(pkg.path());
      }
      String name = entry.getFileName();
      Path destination = EntryNames.resolveInside(target.directory(), name).orElseThrow(() ->
          PackageErrors.invalid(pkg.path(), "has an entry " + name + " that escapes the target folder",
              "the package is unsafe to extract; do not use it", null, "entry", name));
      try {
        if (EntryNames.isFolder(name)) {
          target.createFolders(destination);
          continue;
        }
        target.createFolders(destination.getParent());
      } catch (IOException e) {
        throw PackageErrors.writeFailed(pkg.path(), "cannot create the folder for entry " + name, e, "entry", name);
      }
      OutputStream out;
      try {
        out = target.createFile(destination);
      } catch (IOException e) {
        throw PackageErrors.writeFailed(pkg.path(), "cannot create the file for entry " + name, e, "entry", name);
      }
      try (out) {
        EntryCopier.copy(pkg, entry, budget, out);
      } catch (IOException e) {
        throw PackageErrors.writeFailed(pkg.path(), "cannot finish writing entry " + name, e, "entry", name);
      }
      files++;
    }
    return files;
  }
}
