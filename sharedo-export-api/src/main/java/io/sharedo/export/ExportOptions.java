package io.sharedo.export;

import org.jspecify.annotations.Nullable;

/**
 * How the server should build an export, and whether the client may fall back to the
 * configuration export API. Immutable; create one with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * @param includeDependencies include the items the exported item depends on (workflows, forms)
 * @param includeHistory include version history
 * @param format the package format
 * @param compression transfer compression
 * @param allowFallback when the package export fails or does not exist, try the configuration export API
 */
public record ExportOptions(
    boolean includeDependencies,
    boolean includeHistory,
    ExportFormat format,
    Compression compression,
    boolean allowFallback) {

  private static final ExportOptions DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param includeDependencies include the items the exported item depends on (workflows, forms)
   * @param includeHistory include version history
   * @param format the package format
   * @param compression transfer compression
   * @param allowFallback when the package export fails or does not exist, try the configuration export API
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportOptions {
    Checks.notNull(format, "format");
    Checks.notNull(compression, "compression");
  }

  /**
   * The defaults: dependencies included, no history, ZIP, no compression, no fallback.
   *
   * @return the default options
   */
  public static ExportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these options.
   *
   * @return a new builder holding a copy of these options
   */
  public Builder toBuilder() {
    return new Builder()
        .includeDependencies(includeDependencies)
        .includeHistory(includeHistory)
        .format(format)
        .compression(compression)
        .allowFallback(allowFallback);
  }

  // Written out, as in ExportParams: the generated ones spin method handle classes on their first call.

  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || other instanceof ExportOptions that && includeDependencies == that.includeDependencies
        && includeHistory == that.includeHistory && format == that.format && compression == that.compression
        && allowFallback == that.allowFallback;
  }

  @Override
  public int hashCode() {
    int hash = Boolean.hashCode(includeDependencies);
    hash = 31 * hash + Boolean.hashCode(includeHistory);
    hash = 31 * hash + format.hashCode();
    hash = 31 * hash + compression.hashCode();
    return 31 * hash + Boolean.hashCode(allowFallback);
  }

  /** Builds {@link ExportOptions}. Not thread-safe; {@link #build()} returns an immutable copy. */
  public static final class Builder {
    private boolean includeDependencies = true;
    private boolean includeHistory;
    private ExportFormat format = ExportFormat.ZIP;
    private Compression compression = Compression.NONE;
    private boolean allowFallback;

    private Builder() {}

    /**
     * Whether to include dependencies (default true).
     *
     * @param value true to include them
     * @return this builder
     */
    public Builder includeDependencies(boolean value) {
      this.includeDependencies = value;
      return this;
    }

    /**
     * Whether to include history (default false).
     *
     * @param value true to include it
     * @return this builder
     */
    public Builder includeHistory(boolean value) {
      this.includeHistory = value;
      return this;
    }

    /**
     * The package format (default ZIP).
     *
     * @param value the format
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder format(ExportFormat value) {
      this.format = Checks.notNull(value, "format");
      return this;
    }

    /**
     * Transfer compression (default NONE).
     *
     * @param value the compression
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder compression(Compression value) {
      this.compression = Checks.notNull(value, "compression");
      return this;
    }

    /**
     * Whether the configuration export API may be used when the package export fails or is
     * missing (default false).
     *
     * @param value true to allow the fallback
     * @return this builder
     */
    public Builder allowFallback(boolean value) {
      this.allowFallback = value;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return immutable options
     */
    public ExportOptions build() {
      return new ExportOptions(includeDependencies, includeHistory, format, compression, allowFallback);
    }
  }
}
