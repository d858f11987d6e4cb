package io.sharedo.export.core.internal.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import net.lingala.zip4j.model.FileHeader;

/**
 * Copies one entry's inflated bytes to a stream, counting each chunk against the budget before it
 * is written. Telling read failures (a damaged package: EXPORT_006) from write failures (the target
 * side: EXPORT_005) is the point of this class, so the two calls are guarded separately.
 */
final class EntryCopier {
  private static final int BUFFER_SIZE = 16 * 1024;
  private static final int MAX_EMPTY_READS = 1000;

  private EntryCopier() {}

  /**
   * Copies an entry, then checks it inflated to exactly the size its header declares.
   *
   * @param pkg the open package
   * @param header the entry
   * @param budget the budget the bytes count against
   * @param out where the bytes go; not closed
   * @return how many bytes were copied
   * @throws io.sharedo.export.ExportException EXPORT_006 for a damaged or lying entry or a limit
   *     exceeded, EXPORT_005 when writing fails
   */
  static long copy(OpenPackage pkg, FileHeader header, InflationBudget budget, OutputStream out) {
    String name = header.getFileName();
    budget.startEntry(name, header.getCompressedSize());
    byte[] buffer = new byte[BUFFER_SIZE];
    try (InputStream in = pkg.open(header)) {
      while (true) {
        int read = read(pkg, name, in, buffer);
        if (read < 0) {
          break;
        }
        budget.add(read);
        try {
          out.write(buffer, 0, read);
        } catch (IOException e) {
          throw PackageErrors.writeFailed(pkg.path(), "writing entry " + name + " failed", e, "entry", name);
        }
      }
    } catch (IOException e) {
      // Only close() lands here; the read stream holds nothing we wrote.
      throw PackageErrors.invalid(pkg.path(),
          "has an entry " + name + " that cannot be closed (" + PackageErrors.reason(e) + ")",
          PackageErrors.DOWNLOAD_AGAIN, e, "entry", name);
    }
    long copied = budget.entryBytes();
    if (copied != header.getUncompressedSize()) {
      throw PackageErrors.invalid(pkg.path(), "has an entry " + name + " whose header declares "
          + header.getUncompressedSize() + " bytes but which holds " + copied, PackageErrors.DOWNLOAD_AGAIN, null,
          "entry", name);
    }
    return copied;
  }

  private static int read(OpenPackage pkg, String name, InputStream in, byte[] buffer) {
    try {
      // A well-behaved stream never returns 0 for a non-empty buffer; a damaged one must not spin us forever.
      for (int attempt = 0; attempt < MAX_EMPTY_READS; attempt++) {
        int read = in.read(buffer, 0, buffer.length);
        if (read != 0) {
          return read;
        }
      }
      throw new IOException("the entry's stream keeps returning no data");
    } catch (IOException | RuntimeException e) {
      throw PackageErrors.invalid(pkg.path(),
          "has a damaged entry " + name + " (" + PackageErrors.reason(e) + ")",
          PackageErrors.DOWNLOAD_AGAIN, e, "entry", name);
    }
  }
}
