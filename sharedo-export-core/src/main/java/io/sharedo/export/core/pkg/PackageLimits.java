package io.sharedo.export.core.pkg;

/**
 * How large a package may be when downloaded, how much it may inflate to when it is extracted,
 * and how much of it is held in memory while it is read. Every byte limit is enforced on the bytes
 * actually received or inflated, never on the sizes a server or a ZIP header declares (either can
 * lie); the manifest's counts are checked while it is parsed, so a manifest of a million steps is
 * refused after the first {@code maxSteps}, not after all are in memory. Exceeding a limit is
 * {@code EXPORT_006}. Immutable and safe to share between threads; create with
 * {@link #builder()} or take {@link #defaults()}.
 *
 * <p>The compression ratio is checked per entry (inflated bytes over the entry's compressed size)
 * and for the whole package (inflated bytes over the package file's size), once the inflated bytes
 * pass {@value #RATIO_GRACE_BYTES} bytes: small, highly repetitive files are normal and harmless.
 *
 * @param maxTotalUncompressedBytes the most bytes all entries together may inflate to (default 512 MiB)
 * @param maxEntries the most entries (files and folders) the ZIP may hold (default 50,000)
 * @param maxCompressionRatio the highest ratio of inflated to compressed bytes (default 100)
 * @param maxEntryBytes the most bytes one entry may inflate to (default 64 MiB)
 * @param maxPackageBytes the most bytes a downloaded package file may have (default 1 GiB); a download
 *     stops there, whether or not the server sent a {@code Content-Length}
 * @param maxManifestBytes the most bytes {@code manifest.json} may inflate to (default 8 MiB)
 * @param maxSteps the most steps ({@code ExportedSteps}) the manifest may list (default 10,000)
 * @param maxDependencies the most dependencies all steps together may list (default 100,000)
 */
public record PackageLimits(
    long maxTotalUncompressedBytes, int maxEntries, int maxCompressionRatio, long maxEntryBytes,
    long maxPackageBytes, long maxManifestBytes, int maxSteps, int maxDependencies) {

  /** Inflated bytes below which the compression ratio is not checked. */
  public static final long RATIO_GRACE_BYTES = 1024 * 1024;

  private static final PackageLimits DEFAULTS = builder().build();

  /**
   * Creates the record, checking every argument.
   *
   * @param maxTotalUncompressedBytes the most bytes all entries together may inflate to
   * @param maxEntries the most entries (files and folders) the ZIP may hold
   * @param maxCompressionRatio the highest ratio of inflated to compressed bytes
   * @param maxEntryBytes the most bytes one entry may inflate to
   * @param maxPackageBytes the most bytes a downloaded package file may have
   * @param maxManifestBytes the most bytes {@code manifest.json} may inflate to
   * @param maxSteps the most steps the manifest may list
   * @param maxDependencies the most dependencies all steps together may list
   * @throws IllegalArgumentException naming the argument when one is not positive
   */
  public PackageLimits {
    positive(maxTotalUncompressedBytes, "maxTotalUncompressedBytes");
    positive(maxEntries, "maxEntries");
    positive(maxCompressionRatio, "maxCompressionRatio");
    positive(maxEntryBytes, "maxEntryBytes");
    positive(maxPackageBytes, "maxPackageBytes");
    positive(maxManifestBytes, "maxManifestBytes");
    positive(maxSteps, "maxSteps");
    positive(maxDependencies, "maxDependencies");
  }

  /**
   * The defaults: 512 MiB in total, 50,000 entries, ratio 100, 64 MiB per entry, 1 GiB per package
   * file, an 8 MiB
   * manifest of at most 10,000 steps and 100,000 dependencies. Generous for any real ShareDo
   * package (a real manifest of one work type is about 20 KB, its step file about 150 KB), tight
   * enough to stop a ZIP bomb or a manifest built to exhaust memory.
   *
   * @return the default limits
   */
  public static PackageLimits defaults() {
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
   * A builder starting from these limits, to change one or two of them.
   *
   * @return a new builder holding these values
   */
  public Builder toBuilder() {
    return new Builder()
        .maxTotalUncompressedBytes(maxTotalUncompressedBytes)
        .maxEntries(maxEntries)
        .maxCompressionRatio(maxCompressionRatio)
        .maxEntryBytes(maxEntryBytes)
        .maxPackageBytes(maxPackageBytes)
        .maxManifestBytes(maxManifestBytes)
        .maxSteps(maxSteps)
        .maxDependencies(maxDependencies);
  }

  private static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  private static int positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }

  /** Builds {@link PackageLimits}. Not thread-safe; {@link #build()} returns an immutable copy. */
  public static final class Builder {
    private long maxTotalUncompressedBytes = 512L * 1024 * 1024;
    private int maxEntries = 50_000;
    private int maxCompressionRatio = 100;
    private long maxEntryBytes = 64L * 1024 * 1024;
    private long maxPackageBytes = 1L << 30;
    private long maxManifestBytes = 8L * 1024 * 1024;
    private int maxSteps = 10_000;
    private int maxDependencies = 100_000;

    private Builder() {}

    /**
     * The most bytes all entries together may inflate to.
     *
     * @param value a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxTotalUncompressedBytes(long value) {
      this.maxTotalUncompressedBytes = positive(value, "maxTotalUncompressedBytes");
      return this;
    }

    /**
     * The most entries (files and folders) the ZIP may hold.
     *
     * @param value a positive count
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxEntries(int value) {
      this.maxEntries = positive(value, "maxEntries");
      return this;
    }

    /**
     * The highest ratio of inflated to compressed bytes, per entry and for the whole package.
     *
     * @param value a positive ratio, for example 100
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxCompressionRatio(int value) {
      this.maxCompressionRatio = positive(value, "maxCompressionRatio");
      return this;
    }

    /**
     * The most bytes one entry may inflate to. Step files are parsed in memory, so this also
     * bounds the memory one step file can take.
     *
     * @param value a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxEntryBytes(long value) {
      this.maxEntryBytes = positive(value, "maxEntryBytes");
      return this;
    }

    /**
     * The most bytes a downloaded package file may have. A download stops as soon as it passes this,
     * also when the server announced no length (a chunked answer), so an endless body cannot fill
     * the disk.
     *
     * @param value a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxPackageBytes(long value) {
      this.maxPackageBytes = positive(value, "maxPackageBytes");
      return this;
    }

    /**
     * The most bytes {@code manifest.json} may inflate to. The manifest is parsed in memory, so
     * this bounds what parsing it can take.
     *
     * @param value a positive number of bytes
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxManifestBytes(long value) {
      this.maxManifestBytes = positive(value, "maxManifestBytes");
      return this;
    }

    /**
     * The most steps ({@code ExportedSteps}) the manifest may list, counted while it is parsed.
     *
     * @param value a positive count
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxSteps(int value) {
      this.maxSteps = positive(value, "maxSteps");
      return this;
    }

    /**
     * The most dependencies (mandatory and recommended, of all steps together) the manifest may
     * list, counted while it is parsed.
     *
     * @param value a positive count
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public Builder maxDependencies(int value) {
      this.maxDependencies = positive(value, "maxDependencies");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return immutable limits
     */
    public PackageLimits build() {
      return new PackageLimits(maxTotalUncompressedBytes, maxEntries, maxCompressionRatio, maxEntryBytes,
          maxPackageBytes, maxManifestBytes, maxSteps, maxDependencies);
    }
  }
}
