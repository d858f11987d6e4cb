package io.sharedo.export.component;

/**
 * One step of a package manifest ({@code ExportedSteps[i]}): which provider exported which item
 * into which file of the ZIP.
 *
 * @param provider {@code ExportProviderSystemName}
 * @param storageFilename {@code StorageFilename}, a relative path inside the ZIP
 * @param systemName {@code SystemName}
 */
public record ManifestStep(String provider, String storageFilename, String systemName) {

  /**
   * Creates the record, checking every argument.
   *
   * @param provider {@code ExportProviderSystemName}
   * @param storageFilename {@code StorageFilename}, a relative path inside the ZIP
   * @param systemName {@code SystemName}
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ManifestStep {
    Values.notBlank(provider, "provider");
    Values.notBlank(storageFilename, "storageFilename");
    Values.notBlank(systemName, "systemName");
  }
}
