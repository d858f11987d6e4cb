package io.sharedo.export.component;

import java.time.Instant;
import java.util.List;

/**
 * A package's {@code manifest.json}.
 *
 * @param packageFormatVersion the package format version
 * @param exportJobId the job that produced the package, or null
 * @param environment the environment it was exported from, or null
 * @param createdAt when it was made, or null
 * @param steps the exported steps, in manifest order
 */
public record PackageManifest(
    int packageFormatVersion, String exportJobId, String environment, Instant createdAt, List<ManifestStep> steps) {

  /**
   * Creates the record, checking every argument.
   *
   * @param packageFormatVersion the package format version
   * @param exportJobId the job that produced the package, or null
   * @param environment the environment it was exported from, or null
   * @param createdAt when it was made, or null
   * @param steps the exported steps, in manifest order
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public PackageManifest {
    if (packageFormatVersion < 1) {
      throw new IllegalArgumentException("packageFormatVersion must be at least 1, was " + packageFormatVersion);
    }
    steps = Values.list(steps, "steps");
  }
}
