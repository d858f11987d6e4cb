package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --extract DIR}: also leave each exported package unpacked as readable files, in
 * {@code DIR/<type>-<systemName>-<environment>/} (see {@link ReadablePackage}). Filled in by
 * picocli; not thread-safe, used on the command's thread only.
 */
final class ExtractOptions {

  @Option(names = "--extract", paramLabel = "DIR",
      description = {"Also leave the package unpacked as files a person can read and put under version control, in"
          + " DIR/<type>-<systemName>-<environment>/: the manifest and one pretty-printed file per step, named by"
          + " provider and system name."})
  private Path extract;

  // A batch keeps its packages only when asked (--out); the readable copies need them, so without
  // --out they go to a temporary folder, deleted once the copies are written.
  private Path temporaryPackages;

  /**
   * Whether {@code --extract} was given.
   *
   * @return true when a readable copy is wanted
   */
  boolean requested() {
    return extract != null;
  }

  /**
   * Creates the {@code --extract} folder and checks it can be written, before any job runs; when it
   * cannot be, removes what the command made for its other output first.
   *
   * @param others the folders the command created for its other output, or null
   * @return the folders created, or null without {@code --extract}
   * @throws UsageException when the folder is a file, cannot be created or cannot be written
   */
  CreatedFolders prepare(CreatedFolders others) {
    try {
      return extract == null ? null : CreatedFolders.create(extract, "--extract");
    } catch (UsageException e) {
      if (others != null) {
        others.removeIfEmpty();
      }
      throw e;
    }
  }

  /**
   * The folder a batch should keep its packages in: {@code --out} when given, otherwise, when
   * {@code --extract} is, a temporary folder that {@link #deleteTemporaryPackages()} removes.
   *
   * @param out the {@code --out} folder, or null
   * @return the folder, or null when no package needs keeping
   */
  Path packagesFolder(Path out) {
    if (out != null || extract == null) {
      return out;
    }
    try {
      temporaryPackages = Files.createTempDirectory("sharedo-export-batch-");
      return temporaryPackages;
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED, "cannot create a temporary folder for the"
          + " packages to unpack: " + e.getMessage() + "; give --out DIR to keep them there instead");
    }
  }

  /**
   * Writes the readable copy of every exported package of a batch, in input order.
   *
   * @param result the batch
   * @return what was written, by item index (nothing without {@code --extract})
   */
  Map<Integer, ReadablePackage.Written> writeAll(BatchExportResult result) {
    Map<Integer, ReadablePackage.Written> written = new LinkedHashMap<>();
    for (BatchItemOutcome outcome : result.outcomes()) {
      ReadablePackage.Written one = outcome.succeeded() ? write(outcome.result()) : null;
      if (one != null) {
        written.put(outcome.index(), one);
      }
    }
    return written;
  }

  /** Deletes the temporary package folder, if {@link #packagesFolder(Path)} made one; never throws. */
  void deleteTemporaryPackages() {
    if (temporaryPackages == null) {
      return;
    }
    ReadablePackage.deleteQuietly(temporaryPackages);
  }

  /**
   * Whether a batch's package files are temporary (kept only for {@code --extract}), so not worth naming.
   *
   * @return true when they are deleted after the run
   */
  boolean packagesAreTemporary() {
    return temporaryPackages != null;
  }

  /**
   * Writes the readable copy of an export's kept package, when one was asked for and there is a
   * package (a configuration-API fallback result has none).
   *
   * @param result the export
   * @return what was written, or null when nothing was
   */
  ReadablePackage.Written write(ExportResult result) {
    if (extract == null || result.download() == null) {
      return null;
    }
    Path zip = result.download().path();
    // Named as the package file is (<type>-<systemName>-<environment>, numbered when a batch has two alike).
    String name = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
    return ReadablePackage.write(zip, extract, name);
  }
}
