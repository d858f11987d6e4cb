package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says in words why a file could not be written, and finds out before a command does any work. The
 * JDK's file exceptions carry only the path as their message ({@code AccessDeniedException: /x}),
 * which users read as no reason at all. Stateless, thread-safe.
 */
final class FileProblems {
  private static final AtomicLong PROBES = new AtomicLong();

  private FileProblems() {}

  /**
   * The reason of a file operation's failure, in lower case: "permission denied", "it does not exist"...
   *
   * @param error the failure
   * @return a few words, never only a path
   */
  static String reason(IOException error) {
    if (error instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (error instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (error instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (error instanceof NotDirectoryException) {
      return "a part of the path is a file, not a folder";
    }
    if (error instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(Locale.ROOT);
    }
    return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
  }

  /**
   * Creates and deletes an empty file in {@code folder}: only writing tells, since permission bits say
   * nothing to root or about read-only mounts and ACLs. The name is unique to this JVM and call.
   *
   * @param folder an existing folder
   * @throws IOException when a file cannot be created there
   */
  static void probeWritable(Path folder) throws IOException {
    Files.delete(Files.createFile(uniqueSibling(folder, ".sharedo-export-probe")));
  }

  /**
   * A name in {@code folder} that no other call of this JVM uses, for a file written and moved into
   * place. Not {@code Files.createTempFile}: its files are readable by their owner only, whatever
   * the umask, and the file it stands for should be as readable as any other the user writes.
   *
   * @param folder the folder
   * @param prefix the start of the name
   * @return the path, not created
   */
  static Path uniqueSibling(Path folder, String prefix) {
    return folder.resolve(prefix + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-"
        + PROBES.incrementAndGet() + ".tmp");
  }
}
