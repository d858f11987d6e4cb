package io.sharedo.export.core.internal.pkg;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder a package is extracted into, and a record of every file and folder extraction created
 * there, so that a failed extraction can remove exactly what it made and nothing else. The folder
 * must be new or empty: extracting over existing files could not be undone. Not thread-safe: one
 * instance per extraction.
 */
public final class ExtractionTarget {
  private static final Logger LOG = LoggerFactory.getLogger(ExtractionTarget.class);

  private final Path zip;
  private final Path directory;
  /** Everything created, newest first, so that undoing deletes children before their parents. */
  private final Deque<Path> created = new ArrayDeque<>();

  private ExtractionTarget(Path zip, Path directory) {
    this.zip = zip;
    this.directory = directory;
  }

  /**
   * Prepares a folder for extraction, creating it (and missing parents) when it does not exist.
   *
   * @param zip the package file, for messages
   * @param directory the target folder
   * @return the prepared target
   * @throws io.sharedo.export.ExportException EXPORT_005 when the folder is not empty, is a file, or
   *     cannot be created
   */
  public static ExtractionTarget prepare(Path zip, Path directory) {
    ExtractionTarget target = new ExtractionTarget(zip, directory.toAbsolutePath().normalize());
    try {
      target.createFolders(target.directory);
      if (!Files.isDirectory(target.directory)) {
        throw PackageErrors.extractionFailed(zip, "the target " + directory + " is not a folder",
            "pass a new or empty folder", null);
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(target.directory)) {
        if (entries.iterator().hasNext()) {
          throw PackageErrors.extractionFailed(zip, "the target folder " + directory + " is not empty",
              "pass a new or empty folder, so that a failed extraction can be undone completely", null);
        }
      }
    } catch (IOException e) {
      target.undo(e);
      throw PackageErrors.extractionFailed(zip, "cannot prepare the target folder " + directory,
          PackageErrors.CHECK_FOLDER, e);
    } catch (RuntimeException e) {
      target.undo(e);
      throw e;
    }
    return target;
  }

  /**
   * The target folder, absolute and normalized.
   *
   * @return the folder
   */
  public Path directory() {
    return directory;
  }

  /**
   * Creates a folder and its missing parents, recording each one created.
   *
   * @param folder a folder inside (or equal to) the target, or one of its missing parents
   * @throws IOException when one cannot be created
   */
  void createFolders(@Nullable Path folder) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
      missing.push(p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      created.push(p);
    }
  }

  /**
   * Creates a new file, failing if anything already has its name, and records it.
   *
   * @param file a path inside the target
   * @return a stream the caller closes
   * @throws IOException when the file cannot be created
   */
  OutputStream createFile(Path file) throws IOException {
    OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    created.push(file);
    return out;
  }

  /**
   * Removes everything this extraction created, newest first. Failures are logged and attached to
   * the failure that caused the undo; they never replace it.
   *
   * @param cause the failure being handled
   */
  public void undo(Throwable cause) {
    while (!created.isEmpty()) {
      Path path = created.pop();
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        LOG.warn("could not remove {} after a failed extraction of {}", path, zip, e);
        cause.addSuppressed(e);
      }
    }
  }
}
