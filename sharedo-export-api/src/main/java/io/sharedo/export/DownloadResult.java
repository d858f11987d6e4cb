package io.sharedo.export;

import java.nio.file.Path;
import java.util.Locale;

/**
 * A package that was downloaded and verified, in its final place.
 *
 * @param path where the package file is
 * @param size its size in bytes
 * @param sha256 its SHA-256, lower-case hex
 * @param resumes how many times the download resumed after a broken connection
 */
public record DownloadResult(Path path, long size, String sha256, int resumes) {

  /**
   * Creates the record, checking every argument.
   *
   * @param path where the package file is
   * @param size its size in bytes
   * @param sha256 its SHA-256, lower-case hex
   * @param resumes how many times the download resumed after a broken connection
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public DownloadResult {
    Checks.notNull(path, "path");
    if (size < 0) {
      throw new IllegalArgumentException("size cannot be negative, was " + size);
    }
    Checks.notNull(sha256, "sha256");
    if (!sha256.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits, was " + sha256);
    }
    sha256 = sha256.toLowerCase(Locale.ROOT);
    Checks.atLeast(resumes, 0, "resumes");
  }
}
