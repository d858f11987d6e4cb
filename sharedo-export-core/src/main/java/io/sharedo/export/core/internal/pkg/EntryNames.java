package io.sharedo.export.core.internal.pkg;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a ZIP entry name or a manifest {@code StorageFilename} is a safe relative path,
 * one that cannot point outside the extraction folder on any operating system. Rules are strict on
 * purpose: a real package uses plain forward-slash paths, so anything else is refused rather than
 * interpreted.
 */
public final class EntryNames {

  /** Longest path segment most file systems accept. */
  static final int MAX_SEGMENT_LENGTH = 255;

  private EntryNames() {}

  /**
   * Why a name is unsafe.
   *
   * @param name a ZIP entry name; folders end with {@code /}
   * @return the reason as a sentence fragment ("climbs out of the folder with '..'"), or empty when safe
   */
  public static Optional<String> problem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("has an empty name");
    }
    if (name.indexOf('\\') >= 0) {
      return Optional.of("contains a backslash (ZIP paths use '/'; '\\' can climb out of the folder on Windows)");
    }
    if (name.indexOf(':') >= 0) {
      return Optional.of("contains ':' (a drive letter or an alternate data stream)");
    }
    if (name.startsWith("/")) {
      return Optional.of("is an absolute path");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return Optional.of("contains a control character");
      }
    }
    String path = isFolder(name) ? name.substring(0, name.length() - 1) : name;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return Optional.of("has an empty path segment ('//')");
      }
      if (segment.equals("..")) {
        return Optional.of("climbs out of the folder with '..'");
      }
      if (segment.equals(".")) {
        return Optional.of("has a '.' path segment");
      }
      if (segment.length() > MAX_SEGMENT_LENGTH) {
        return Optional.of("has a path segment longer than " + MAX_SEGMENT_LENGTH + " characters");
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a ZIP entry name denotes a folder.
   *
   * @param name an entry name
   * @return true when it ends with {@code /}
   */
  public static boolean isFolder(String name) {
    return name.endsWith("/");
  }

  /**
   * The key two names collide on: case-insensitive (so that extraction on Windows or macOS cannot
   * overwrite one entry with another) and without a folder's trailing slash (so that a file and a
   * folder of one name collide).
   *
   * @param name a safe entry name
   * @return the collision key
   */
  static String collisionKey(String name) {
    String path = isFolder(name) ? name.substring(0, name.length() - 1) : name;
    return path.toLowerCase(Locale.ROOT);
  }

  /**
   * Resolves a name checked by {@link #problem(String)} under a folder, checking again that the
   * result stays strictly inside it.
   *
   * @param folder the extraction folder
   * @param name a safe entry name
   * @return the path inside the folder, or empty when it would escape (it cannot, for a checked name)
   */
  public static Optional<Path> resolveInside(Path folder, String name) {
    Path base = folder.toAbsolutePath().normalize();
    Path resolved = base.resolve(name).normalize();
    if (!resolved.startsWith(base) || resolved.equals(base)) {
      return Optional.empty();
    }
    return Optional.of(resolved);
  }
}
