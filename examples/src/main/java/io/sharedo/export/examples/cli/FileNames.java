package io.sharedo.export.examples.cli;

/**
 * Makes names from the server or the command line safe to use inside a file name. Stateless,
 * thread-safe.
 */
final class FileNames {

  private FileNames() {}

  /**
   * The name with every character other than letters, digits, {@code .}, {@code _} and {@code -}
   * replaced by {@code _}, so that a system name can never point outside the output folder.
   *
   * @param name the name
   * @return a safe file-name part
   */
  static String safe(String name) {
    String safe = name.strip().replaceAll("[^A-Za-z0-9._-]", "_");
    // "." and ".." alone would still mean folders.
    return safe.matches("\\.+") ? safe.replace('.', '_') : safe;
  }
}
