package io.sharedo.export;

/**
 * What kind of ShareDo modeller item an export starts from. Each type maps to the export provider
 * name the server expects in a job's items ({@link #provider()}); a caller who needs another
 * provider gives its name through {@link ExportParams.Builder#provider(String)}.
 */
public enum ExportType {
  /** A work type ({@code sharedo-type}). */
  WORKTYPE("sharedo-type"),
  /**
   * A workflow ({@code sharedo-workflow}). No real package has shown this provider: the name is not
   * confirmed, and its steps are read as {@link io.sharedo.export.component.RawComponent}s.
   */
  WORKFLOW("sharedo-workflow"),
  /**
   * A form ({@code sharedo-form}). No real package has shown this provider: the name is not
   * confirmed, and its steps are read as {@link io.sharedo.export.component.RawComponent}s.
   */
  FORM("sharedo-form"),
  /**
   * A global configuration feature ({@code global-feature}, seen in real packages as a dependency);
   * its steps are read as {@link io.sharedo.export.component.RawComponent}s.
   */
  CONFIGURATION("global-feature");

  private final String provider;

  ExportType(String provider) {
    this.provider = provider;
  }

  /**
   * The export provider name sent to the server for this type.
   *
   * @return the provider name, for example {@code "sharedo-type"}
   */
  public String provider() {
    return provider;
  }
}
