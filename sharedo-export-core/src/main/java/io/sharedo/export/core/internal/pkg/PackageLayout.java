package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.component.PackageManifest;
import java.util.List;
import java.util.Map;
import net.lingala.zip4j.model.FileHeader;

/**
 * A package that passed structural validation: its entries (every name safe, no links, within the
 * entry-count limit), its parsed manifest, and where each step file is in the ZIP.
 *
 * @param entries the central directory entries, in ZIP order
 * @param manifest the parsed {@code manifest.json}
 * @param stepEntries each step's {@code StorageFilename} to the ZIP entry holding it
 */
public record PackageLayout(List<FileHeader> entries, PackageManifest manifest, Map<String, String> stepEntries) {
  /** The folder real packages keep step files in. */
  public static final String DATA = "data/";
  /** The folder real packages keep the attachments of {@code Files[]} in. */
  public static final String FILES = "files/";

  /**
   * Creates the record, copying the collections.
   *
   * @param entries the central directory entries, in ZIP order
   * @param manifest the parsed {@code manifest.json}
   * @param stepEntries each step's {@code StorageFilename} to the ZIP entry holding it
   */
  public PackageLayout {
    entries = List.copyOf(entries);
    stepEntries = Map.copyOf(stepEntries);
  }
}
