package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Finds a package destination that cannot be written before any job is created for it, so that a
 * typo or a read-only folder costs nothing on the server and is not mistaken for a network failure.
 * Stateless.
 */
public final class DestinationCheck {
  /** Less free space than this cannot hold any package worth exporting. */
  private static final long MIN_FREE_BYTES = 1024 * 1024;
  private static final int MAX_PROBES = 10;
  private static final AtomicLong PROBES = new AtomicLong();

  private DestinationCheck() {}

  /**
   * Checks that a package file can be written at {@code destination}: a file in an existing folder,
   * or an existing folder (the download then names the file after the server's answer).
   *
   * @param destination the package file to write, or an existing folder
   * @throws ExportException EXPORT_004, not recoverable, saying why the file cannot be written
   */
  public static void writable(Path destination) {
    Path target = destination.toAbsolutePath().normalize();
    Path folder = Files.isDirectory(target) ? target : target.getParent();
    if (folder == null || !Files.exists(folder)) {
      throw unwritable(target, "its folder " + folder + " does not exist; create it first", null);
    }
    if (!Files.isDirectory(folder)) {
      throw unwritable(target, folder + " is a file, not a folder", null);
    }
    // Only writing tells: permission bits say nothing to root or about read-only mounts and ACLs.
    try {
      probe(folder);
    } catch (AccessDeniedException e) {
      throw unwritable(target, "permission denied in " + folder + "; choose a folder you can write", e);
    } catch (FileSystemException e) {
      throw unwritable(target, (e.getReason() == null ? "the folder cannot be written" : e.getReason()) + " ("
          + folder + ")", e);
    } catch (IOException e) {
      throw unwritable(target, "the folder " + folder + " cannot be written (" + e.getMessage() + ")", e);
    }
    long free;
    try {
      free = Files.getFileStore(folder).getUsableSpace();
    } catch (IOException e) {
      return; // the download itself reports a full disk
    }
    if (free < MIN_FREE_BYTES) {
      throw unwritable(target, "no space left on the device of " + folder + " (" + free + " bytes free)", null);
    }
  }

  /**
   * Creates and deletes an empty file in {@code folder}. Not {@code Files.createTempFile}: its random
   * names load the JDK's security providers and seed a {@code SecureRandom}, about 15 ms of a fresh
   * JVM that a command-line export spends before its first request; a name unique to this JVM and call
   * does, and a leftover of an earlier process with the same name only moves on to the next one.
   */
  private static void probe(Path folder) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path probe = folder.resolve(".sharedo-export-probe-" + System.nanoTime() + "-" + PROBES.incrementAndGet()
          + ".tmp");
      try {
        Files.delete(Files.createFile(probe));
        return;
      } catch (FileAlreadyExistsException e) {
        if (attempt == MAX_PROBES) {
          throw e;
        }
      }
    }
  }

  private static ExportException unwritable(Path target, String why, @Nullable Throwable cause) {
    return new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "cannot write the package to " + target + ": " + why,
        Map.of("destination", target.toString()), cause, false);
  }
}
