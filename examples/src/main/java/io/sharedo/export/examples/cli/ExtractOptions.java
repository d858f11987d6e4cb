package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportResult;
import java.nio.file.Path;
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

  /**
   * Whether {@code --extract} was given.
   *
   * @return true when a readable copy is wanted
   */
  boolean requested() {
    return extract != null;
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
