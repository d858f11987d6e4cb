package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders a command created for its output, so that a run that fails or is interrupted
 * removes them again when they are still empty: a folder the user had before is never touched.
 * Not thread-safe; used on the command's thread.
 */
final class CreatedFolders {
  private final List<Path> created;

  private CreatedFolders(List<Path> created) {
    this.created = created;
  }

  /**
   * Creates a folder and its missing parents, remembering which of them did not exist.
   *
   * @param folder the folder
   * @param option the option that named it, for the message
   * @return what was created
   * @throws UsageException when the folder is a file, cannot be created or cannot be written
   */
  static CreatedFolders create(Path folder, String option) {
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageException(option + " " + folder + " is a file, not a folder");
    }
    List<Path> missing = new ArrayList<>();
    for (Path p = folder.toAbsolutePath().normalize(); p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(p);
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UsageException("cannot create the " + option + " folder " + folder + ": " + FileProblems.reason(e));
    }
    CreatedFolders created = new CreatedFolders(missing);
    try {
      // Before any job runs: a folder that cannot be written would otherwise fail only after the export.
      FileProblems.probeWritable(folder);
    } catch (IOException e) {
      created.removeIfEmpty();
      throw new UsageException("cannot write in the " + option + " folder " + folder + ": " + FileProblems.reason(e)
          + "; choose a folder you can write");
    }
    return created;
  }

  /** Deletes the folders created, deepest first, as long as they are empty; never throws. */
  void removeIfEmpty() {
    for (Path folder : created) {
      try {
        Files.deleteIfExists(folder);
      } catch (DirectoryNotEmptyException e) {
        return;
      } catch (IOException e) {
        // Leaving an empty folder is untidy, not wrong: the failure being reported matters more.
        return;
      }
    }
  }
}
