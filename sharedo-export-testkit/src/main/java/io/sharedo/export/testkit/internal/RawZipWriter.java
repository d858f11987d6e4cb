package io.sharedo.export.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes a ZIP byte by byte. {@code java.util.zip.ZipOutputStream} would do for honest packages, but
 * the fake must also write entries it compressed itself (the zip bomb) with exactly the names and
 * sizes it chooses. Not thread-safe; one writer per package.
 */
final class RawZipWriter {
  private static final int STORED = 0;
  private static final int DEFLATED = 8;
  // 2026-11-20 09:00 in MS-DOS date/time, so identical models give identical bytes.
  private static final int DOS_TIME = (9 << 11);
  private static final int DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 20;

  private record Entry(byte[] name, int method, long crc, long compressedSize, long size, long offset,
      int externalAttributes) {}

  private final PackageBytes.Collector collector = new PackageBytes.Collector();
  private final List<Entry> entries = new ArrayList<>();

  /** Adds an entry, deflated. */
  void add(String name, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
    try {
      deflater.setInput(content);
      deflater.finish();
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
      addRaw(name, DEFLATED, crc.getValue(), compressed.toByteArray(), content.length);
    } finally {
      deflater.end();
    }
  }

  /** Adds a folder entry ({@code name} ends with '/'), marked as a directory as Windows zip writers do. */
  void addFolder(String name) {
    if (!name.endsWith("/")) {
      throw new IllegalArgumentException("a folder entry's name ends with '/': " + name);
    }
    header(name, STORED, 0, 0, 0, 0x10);
  }

  /** Adds an entry stored as is. */
  void addStored(String name, byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    addRaw(name, STORED, crc.getValue(), content, content.length);
  }

  /** Adds an entry whose raw deflate data, CRC and inflated size the caller computed. */
  void addDeflated(String name, long crc, byte[] deflated, long size) {
    addRaw(name, DEFLATED, crc, deflated, size);
  }

  /**
   * Adds a stored entry of {@code size} zeros that is never held in memory (for large packages).
   * Sizes stay below 4 GiB: this writer does not do ZIP64.
   */
  void addStoredZeros(String name, long size) {
    if (size >= 0xFFFF_FFFFL - (1 << 20)) {
      throw new IllegalArgumentException("entries must stay below 4 GiB: " + size);
    }
    CRC32 crc = new CRC32();
    byte[] zeros = new byte[1 << 20];
    for (long done = 0; done < size; done += zeros.length) {
      crc.update(zeros, 0, (int) Math.min(zeros.length, size - done));
    }
    header(name, STORED, crc.getValue(), size, size, 0);
    collector.zeros(size);
  }

  private void addRaw(String name, int method, long crc, byte[] data, long size) {
    header(name, method, crc, data.length, size, 0);
    collector.out().writeBytes(data);
  }

  private void header(String name, int method, long crc, long compressedSize, long size, int attributes) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    Entry e = new Entry(n, method, crc, compressedSize, size, collector.position(), attributes);
    entries.add(e);
    int32(0x04034b50);
    int16(20);
    int16(0x0800); // names are UTF-8
    int16(method);
    int16(DOS_TIME);
    int16(DOS_DATE);
    int32(crc);
    int32(compressedSize);
    int32(size);
    int16(n.length);
    int16(0);
    collector.out().writeBytes(n);
  }

  List<PackageBytes.Segment> finish() {
    long start = collector.position();
    for (Entry e : entries) {
      int32(0x02014b50);
      int16(20);
      int16(20);
      int16(0x0800);
      int16(e.method());
      int16(DOS_TIME);
      int16(DOS_DATE);
      int32(e.crc());
      int32(e.compressedSize());
      int32(e.size());
      int16(e.name().length);
      int16(0);
      int16(0);
      int16(0);
      int16(0);
      int32(e.externalAttributes());
      int32(e.offset());
      collector.out().writeBytes(e.name());
    }
    long size = collector.position() - start;
    int32(0x06054b50);
    int16(0);
    int16(0);
    int16(entries.size());
    int16(entries.size());
    int32(size);
    int32(start);
    int16(0);
    return collector.finish();
  }

  private void int16(int v) {
    collector.out().write(v & 0xff);
    collector.out().write((v >>> 8) & 0xff);
  }

  private void int32(long v) {
    int16((int) (v & 0xffff));
    int16((int) ((v >>> 16) & 0xffff));
  }
}
