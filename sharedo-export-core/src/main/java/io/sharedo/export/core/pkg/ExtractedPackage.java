package io.sharedo.export.core.pkg;

import io.sharedo.export.component.ExportPackage;
import java.nio.file.Path;

/**
 * A package extracted to a folder by {@link PackageReader#extract(Path, Path)}: its parsed content,
 * where its files are, and how many files were written. The folder belongs to the caller, who
 * deletes it when done. Immutable and safe to share between threads.
 *
 * @param content the parsed manifest and components
 * @param directory the folder holding the extracted files
 * @param files how many files (not folders) were written
 */
public record ExtractedPackage(ExportPackage content, Path directory, int files) {

  /**
   * Creates the record, checking every argument.
   *
   * @param content the parsed manifest and components
   * @param directory the folder holding the extracted files
   * @param files how many files (not folders) were written
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExtractedPackage {
    if (content == null) {
      throw new IllegalArgumentException("content cannot be null");
    }
    if (directory == null) {
      throw new IllegalArgumentException("directory cannot be null");
    }
    if (files < 0) {
      throw new IllegalArgumentException("files cannot be negative, was " + files);
    }
  }
}
