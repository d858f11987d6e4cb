package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * Faults that change the package's bytes. Made by the factories of
 * {@link Fault}; the records are public so a test can match on them. Immutable and thread-safe.
 */
public sealed interface PackageFault extends Fault {
  /** See {@link Fault#corruptZip()}. */
  record CorruptZip() implements PackageFault {}

  /** See {@link Fault#emptyBody()}. */
  record EmptyBody() implements PackageFault {}

  /** See {@link Fault#noManifest()}. */
  record NoManifest() implements PackageFault {}

  /** See {@link Fault#manifestNotJson()}. */
  record ManifestNotJson() implements PackageFault {}

  /** See {@link Fault#missingStepFile()}. */
  record MissingStepFile() implements PackageFault {}

  /**
   * See {@link Fault#zipSlip(String)}.
   *
   * @param entryName the unsafe entry name
   */
  record ZipSlip(String entryName) implements PackageFault {
    /** Checks the argument. */
    public ZipSlip {
      Args.notBlank(entryName, "entryName");
    }
  }

  /** See {@link Fault#zipBomb()}. */
  record ZipBomb() implements PackageFault {}
}
