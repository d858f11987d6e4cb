package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.core.pkg.PackageLimits;
import java.nio.file.Path;

/**
 * Counts the bytes really inflated from a package, entry by entry, and stops at the first limit
 * exceeded. Header sizes are used only where a lie cannot help an attacker: an entry's declared
 * compressed size is capped by the package file's size before it becomes a ratio's denominator.
 * Not thread-safe: one budget per extraction.
 */
public final class InflationBudget {
  private final PackageLimits limits;
  private final Path zip;
  private final long packageSize;
  private long total;
  private String entry = "";
  private long entryBytes;
  private long entryCompressed = 1;

  /**
   * Creates a budget for one pass over a package.
   *
   * @param limits the limits to enforce
   * @param zip the package file, for messages
   * @param packageSize the package file's size in bytes
   */
  public InflationBudget(PackageLimits limits, Path zip, long packageSize) {
    this.limits = limits;
    this.zip = zip;
    this.packageSize = Math.max(1, packageSize);
  }

  /**
   * Starts counting a new entry.
   *
   * @param name the entry name, for messages
   * @param declaredCompressedSize the compressed size its header declares
   */
  public void startEntry(String name, long declaredCompressedSize) {
    this.entry = name;
    this.entryBytes = 0;
    this.entryCompressed = Math.min(Math.max(1, declaredCompressedSize), packageSize);
  }

  /**
   * Counts inflated bytes of the current entry, before they are written anywhere.
   *
   * @param bytes how many bytes were just inflated
   * @throws io.sharedo.export.ExportException EXPORT_006 naming the limit when one is exceeded
   */
  public void add(int bytes) {
    entryBytes += bytes;
    total += bytes;
    if (entryBytes > limits.maxEntryBytes()) {
      throw exceeded("maxEntryBytes", limits.maxEntryBytes(), "entry " + entry + " inflates to more than "
          + limits.maxEntryBytes() + " bytes");
    }
    if (total > limits.maxTotalUncompressedBytes()) {
      throw exceeded("maxTotalUncompressedBytes", limits.maxTotalUncompressedBytes(), "inflates to more than "
          + limits.maxTotalUncompressedBytes() + " bytes in total (reached at entry " + entry + ")");
    }
    long ratio = limits.maxCompressionRatio();
    if (entryBytes > PackageLimits.RATIO_GRACE_BYTES && entryBytes / ratio > entryCompressed) {
      throw exceeded("maxCompressionRatio", ratio, "entry " + entry + " inflates more than " + ratio
          + " times its compressed size (" + entryCompressed + " bytes), like a ZIP bomb");
    }
    if (total > PackageLimits.RATIO_GRACE_BYTES && total / ratio > packageSize) {
      throw exceeded("maxCompressionRatio", ratio, "inflates more than " + ratio + " times its size ("
          + packageSize + " bytes), like a ZIP bomb (reached at entry " + entry + ")");
    }
  }

  /**
   * Bytes inflated so far for the current entry.
   *
   * @return the count
   */
  public long entryBytes() {
    return entryBytes;
  }

  private RuntimeException exceeded(String limit, long value, String problem) {
    return PackageErrors.invalid(zip, problem + ", over the limit " + limit + "=" + value,
        "if you trust this package, raise the limit with PackageLimits.builder()." + limit + "(..)", null,
        "limit", limit, "limitValue", Long.toString(value), "entry", entry);
  }
}
