package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportType;
import java.nio.file.Path;

/**
 * The name an exported package gets in an output folder: {@code <type>-<systemName>-<environment>.zip},
 * as {@code export}, {@code recover} and {@code batch --out} (through the library) name them.
 * Stateless, thread-safe.
 */
final class PackageFileNames {

  private PackageFileNames() {}

  /**
   * The package file of an item in a folder.
   *
   * @param folder the folder
   * @param type the item's type
   * @param systemName its system name
   * @param environment its environment
   * @return the file
   */
  static Path in(Path folder, ExportType type, String systemName, String environment) {
    return folder.resolve(Types.label(type) + "-" + FileNames.safe(systemName) + "-" + FileNames.safe(environment)
        + ".zip");
  }
}
