package io.sharedo.export.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;

/**
 * The deflate data of 1 GiB of zeros, made without ever holding the 1 GiB: one MiB of zeros is
 * compressed once with a sync flush (which ends byte-aligned and refers back only to zeros), that
 * chunk is repeated 1024 times, and a final empty block closes the stream. Computed once, lazily.
 * Thread-safe.
 */
final class ZipBombEntry {
  static final long INFLATED_SIZE = 1L << 30;
  private static final int CHUNK = 1 << 20;
  private static volatile @Nullable ZipBombEntry instance;

  final byte[] deflated;
  final long crc;

  private ZipBombEntry(byte[] deflated, long crc) {
    this.deflated = deflated;
    this.crc = crc;
  }

  static ZipBombEntry get() {
    ZipBombEntry e = instance;
    if (e == null) {
      synchronized (ZipBombEntry.class) {
        e = instance;
        if (e == null) {
          e = make();
          instance = e;
        }
      }
    }
    return e;
  }

  private static ZipBombEntry make() {
    byte[] zeros = new byte[CHUNK];
    byte[] chunk = syncFlushed(zeros);
    ByteArrayOutputStream out = new ByteArrayOutputStream(chunk.length * 1024 + 2);
    CRC32 crc = new CRC32();
    for (int i = 0; i < INFLATED_SIZE / CHUNK; i++) {
      out.writeBytes(chunk);
      crc.update(zeros);
    }
    // A final, empty block with fixed Huffman codes: BFINAL=1, BTYPE=01, end-of-block.
    out.write(0x03);
    out.write(0x00);
    return new ZipBombEntry(out.toByteArray(), crc.getValue());
  }

  private static byte[] syncFlushed(byte[] input) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(input);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length || !deflater.needsInput());
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
