package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.component.PackageManifest;
import java.util.List;
import net.lingala.zip4j.model.FileHeader;

/**
 * A package that passed structural validation: its entries (every name safe, no links, within the
 * entry-count limit) and its parsed manifest (every step file present).
 *
 * @param entries the central directory entries, in ZIP order
 * @param manifest the parsed {@code manifest.json}
 */
public record PackageLayout(List<FileHeader> entries, PackageManifest manifest) {

  /**
   * Creates the record, copying the list.
   *
   * @param entries the central directory entries, in ZIP order
   * @param manifest the parsed {@code manifest.json}
   */
  public PackageLayout {
    entries = List.copyOf(entries);
  }
}
