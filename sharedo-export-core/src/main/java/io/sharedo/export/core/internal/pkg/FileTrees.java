package io.sharedo.export.core.internal.pkg;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Deletes folder trees without following links, so a link inside never leads the deletion outside. */
public final class FileTrees {
  private FileTrees() {}

  /**
   * Deletes a file or a folder and everything in it; a missing path is not an error.
   *
   * @param root the file or folder
   * @throws IOException when something cannot be deleted (the rest is still attempted)
   */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    IOException[] first = new IOException[1];
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (!(e instanceof NoSuchFileException)) {
          remember(e);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) {
          remember(e);
        }
        delete(dir);
        return FileVisitResult.CONTINUE;
      }

      private void delete(Path path) {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          remember(e);
        }
      }

      private void remember(IOException e) {
        if (first[0] == null) {
          first[0] = e;
        } else {
          first[0].addSuppressed(e);
        }
      }
    });
    if (first[0] != null) {
      throw first[0];
    }
  }
}
