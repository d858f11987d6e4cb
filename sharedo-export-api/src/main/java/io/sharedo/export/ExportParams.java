package io.sharedo.export;

import org.jspecify.annotations.Nullable;

/**
 * What to export, from which environment, and how. Immutable and safe to share; also the key a
 * {@linkplain ExportJobManager#retryFailedJob(ExportJob) retry} resubmits.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#ExportParams -->
 * <pre>{@code
 * ExportParams params = ExportParams.builder()
 *     .type(ExportType.WORKTYPE)
 *     .systemName("matter")
 *     .environment("clientA-vnext")
 *     .options(ExportOptions.builder().allowFallback(true).build())
 *     .build();
 * }</pre>
 *
 * @param type the kind of item
 * @param provider the export provider name sent to the server (by default {@code type.provider()})
 * @param systemName the item's system name, for example {@code "matter"}
 * @param environment the name under which the target server is registered with the client
 * @param options how to build the export
 */
public record ExportParams(
    ExportType type, String provider, String systemName, String environment, ExportOptions options) {

  /**
   * Creates the record, checking every argument.
   *
   * @param type the kind of item
   * @param provider the export provider name sent to the server (by default {@code type.provider()})
   * @param systemName the item's system name, for example {@code "matter"}
   * @param environment the name under which the target server is registered with the client
   * @param options how to build the export
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportParams {
    Checks.notNull(type, "type");
    Checks.notBlank(provider, "provider");
    Checks.notBlank(systemName, "systemName");
    Checks.notBlank(environment, "environment");
    Checks.notNull(options, "options");
  }

  /**
   * Parameters with the type's provider and default options.
   *
   * @param type the kind of item
   * @param systemName the item's system name
   * @param environment the registered environment name
   * @return the parameters
   * @throws IllegalArgumentException naming the argument when one is null or blank
   */
  public static ExportParams of(ExportType type, String systemName, String environment) {
    return builder().type(type).systemName(systemName).environment(environment).build();
  }

  /**
   * A new builder.
   *
   * @return a builder with default options
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The same parameters for another environment (used to compare two environments).
   *
   * @param otherEnvironment the other registered environment name
   * @return a copy with the environment replaced
   */
  public ExportParams withEnvironment(String otherEnvironment) {
    return new ExportParams(type, provider, systemName, otherEnvironment, options);
  }

  // equals and hashCode are written out: a record's generated ones link a tree of method handles on
  // their first call (about 40 classes spun for this record and its options), which the command-line
  // tool paid before its first request. ExportParamsEqualityTest keeps them to every component.

  @Override
  public boolean equals(@Nullable Object other) {
    return other == this || other instanceof ExportParams that && type == that.type
        && provider.equals(that.provider) && systemName.equals(that.systemName)
        && environment.equals(that.environment) && options.equals(that.options);
  }

  @Override
  public int hashCode() {
    int hash = type.hashCode();
    hash = 31 * hash + provider.hashCode();
    hash = 31 * hash + systemName.hashCode();
    hash = 31 * hash + environment.hashCode();
    return 31 * hash + options.hashCode();
  }

  /** Builds {@link ExportParams}. Not thread-safe. */
  public static final class Builder {
    private @Nullable ExportType type;
    private @Nullable String provider;
    private @Nullable String systemName;
    private @Nullable String environment;
    private ExportOptions options = ExportOptions.defaults();

    private Builder() {}

    /**
     * The kind of item (required).
     *
     * @param value the type
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder type(ExportType value) {
      this.type = Checks.notNull(value, "type");
      return this;
    }

    /**
     * Overrides the export provider name (default: the type's).
     *
     * @param value a provider name such as {@code "sharedo-option-set"}
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder provider(String value) {
      this.provider = Checks.notBlank(value, "provider");
      return this;
    }

    /**
     * The item's system name (required).
     *
     * @param value the system name
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder systemName(String value) {
      this.systemName = Checks.notBlank(value, "systemName");
      return this;
    }

    /**
     * The registered environment name (required).
     *
     * @param value the environment name
     * @return this builder
     * @throws IllegalArgumentException when null or blank
     */
    public Builder environment(String value) {
      this.environment = Checks.notBlank(value, "environment");
      return this;
    }

    /**
     * The export options (default {@link ExportOptions#defaults()}).
     *
     * @param value the options
     * @return this builder
     * @throws IllegalArgumentException when null
     */
    public Builder options(ExportOptions value) {
      this.options = Checks.notNull(value, "options");
      return this;
    }

    /**
     * Builds the parameters.
     *
     * @return immutable parameters
     * @throws IllegalArgumentException naming the first required argument that is missing
     */
    @SuppressWarnings("NullAway") // a missing systemName or environment is refused by the record's constructor
    public ExportParams build() {
      ExportType checkedType = Checks.notNull(type, "type");
      return new ExportParams(checkedType, provider == null ? checkedType.provider() : provider, systemName,
          environment, options);
    }
  }
}
