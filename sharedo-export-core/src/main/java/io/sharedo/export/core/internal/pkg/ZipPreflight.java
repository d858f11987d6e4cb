package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.core.pkg.PackageLimits;
import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Checks a ZIP's end records before Zip4j reads them. Zip4j allocates a buffer as large as the
 * size a ZIP64 end record claims, so a kilobyte-sized file claiming two gigabytes would exhaust
 * the heap; and it reads the whole central directory before anyone can count entries. Every
 * end-record signature in the tail is checked (a superset of the one Zip4j picks). Records that are
 * merely damaged are left for Zip4j to refuse. Thread-safe: no state.
 */
final class ZipPreflight {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_SIZE = 22;
  private static final int MAX_COMMENT = 0xFFFF;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_LOCATOR_SIZE = 20;
  private static final int ZIP64_END_SIGNATURE = 0x06064b50;
  private static final int ZIP64_END_FIXED_SIZE = 56;
  /** The ZIP64 end record's size field counts the bytes after itself: 44 for a record with no extension. */
  private static final long ZIP64_END_MIN_RECORD_SIZE = 44;
  /** No real package carries a ZIP64 extensible data sector; a small one is tolerated. */
  private static final long ZIP64_END_MAX_EXTENSIBLE_DATA = 64 * 1024;

  private ZipPreflight() {}

  /**
   * Checks the end records.
   *
   * @param zip the package file
   * @param size its size
   * @param limits the limits, for the entry count claimed by the end records
   * @throws io.sharedo.export.ExportException EXPORT_006 when an end record claims too much
   */
  static void check(Path zip, long size, PackageLimits limits) {
    try (RandomAccessFile file = new RandomAccessFile(zip.toFile(), "r")) {
      int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
      ByteBuffer tail = read(file, size - tailLength, tailLength);
      if (tail == null) {
        return;
      }
      // Zip4j uses the last end record in the file; only its entry count is checked, since an earlier
      // "signature" may be bytes of a stored entry. Every candidate's ZIP64 record is checked, because
      // a false positive there needs a whole fake record, and a miss costs the heap.
      boolean last = true;
      for (int at = tailLength - END_SIZE; at >= 0; at--) {
        if (tail.getInt(at) != END_SIGNATURE) {
          continue;
        }
        int entries = Short.toUnsignedInt(tail.getShort(at + 10));
        if (last && entries != 0xFFFF && entries > limits.maxEntries()) {
          throw PackageErrors.tooManyEntries(zip, "claims " + entries + " entries", limits.maxEntries());
        }
        if (at >= ZIP64_LOCATOR_SIZE && tail.getInt(at - ZIP64_LOCATOR_SIZE) == ZIP64_LOCATOR_SIGNATURE) {
          checkZip64End(zip, file, size, tail.getLong(at - ZIP64_LOCATOR_SIZE + 8), limits, last);
        }
        last = false;
      }
    } catch (IOException e) {
      throw PackageErrors.invalid(zip, "cannot be read (" + PackageErrors.reason(e) + ")", "check its permissions", e);
    }
  }

  private static void checkZip64End(Path zip, RandomAccessFile file, long size, long offset,
      PackageLimits limits, boolean checkEntries) throws IOException {
    if (offset < 0 || offset > size - ZIP64_END_FIXED_SIZE) {
      return; // points outside the file: Zip4j refuses it without allocating
    }
    ByteBuffer record = read(file, offset, ZIP64_END_FIXED_SIZE);
    if (record == null || record.getInt(0) != ZIP64_END_SIGNATURE) {
      return;
    }
    long recordSize = record.getLong(4);
    // Zip4j allocates (recordSize - 44) bytes when that is positive, in signed arithmetic: mirror it.
    if (recordSize - ZIP64_END_MIN_RECORD_SIZE > ZIP64_END_MAX_EXTENSIBLE_DATA) {
      throw PackageErrors.invalid(zip, "has a ZIP64 end record claiming an impossible size (" + recordSize + " bytes)",
          PackageErrors.DOWNLOAD_AGAIN, null);
    }
    long entries = record.getLong(32);
    if (checkEntries && (entries < 0 || entries > limits.maxEntries())) {
      throw PackageErrors.tooManyEntries(zip, "claims " + Long.toUnsignedString(entries) + " entries",
          limits.maxEntries());
    }
  }

  /**
   * Reads bytes at a position; null when the file ends first. A RandomAccessFile, unlike a
   * channel, is not closed by an interrupt.
   */
  private static @Nullable ByteBuffer read(RandomAccessFile file, long position, int length) throws IOException {
    byte[] bytes = new byte[length];
    file.seek(position);
    try {
      file.readFully(bytes);
    } catch (EOFException e) {
      return null;
    }
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }
}
