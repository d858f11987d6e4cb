package io.sharedo.export.core.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files byte by byte, so that tests can make any entry a real tool would refuse to
 * write: hostile names, duplicates, links, and headers that lie about sizes.
 */
public final class TestZip {
  private final List<Entry> entries = new ArrayList<>();

  /** One entry; the fields are the raw header values written. */
  public static final class Entry {
    final String name;
    final byte[] data;
    boolean deflate = true;
    Long declaredUncompressedSize;
    int unixMode;

    Entry(String name, byte[] data) {
      this.name = name;
      this.data = data;
    }

    /** Stores the bytes instead of deflating them. */
    public Entry stored() {
      deflate = false;
      return this;
    }

    /** Writes this size in both headers instead of the real one. */
    public Entry declaringSize(long size) {
      declaredUncompressedSize = size;
      return this;
    }

    /** Marks the entry as made on Unix with this mode (for example 0120777 for a symbolic link). */
    public Entry unixMode(int mode) {
      unixMode = mode;
      return this;
    }
  }

  /** Adds a UTF-8 text entry. */
  public TestZip add(String name, String text) {
    return add(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds an entry. */
  public TestZip add(String name, byte[] data) {
    entries.add(new Entry(name, data));
    return this;
  }

  /** Adds an entry and returns it, to change its headers. */
  public Entry entry(String name, byte[] data) {
    Entry entry = new Entry(name, data);
    entries.add(entry);
    return entry;
  }

  /** The ZIP's bytes. */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream central = new ByteArrayOutputStream();
    for (Entry entry : entries) {
      byte[] name = entry.name.getBytes(StandardCharsets.UTF_8);
      byte[] body = entry.deflate ? deflate(entry.data) : entry.data;
      CRC32 crc = new CRC32();
      crc.update(entry.data);
      long size = entry.declaredUncompressedSize != null ? entry.declaredUncompressedSize : entry.data.length;
      // Stored entries: Zip4j takes the compressed size to be the uncompressed one, so both lie together.
      long compressedSize = entry.deflate ? body.length : size;
      int offset = out.size();
      ByteBuffer local = le(30 + name.length);
      local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800)
          .putShort((short) (entry.deflate ? 8 : 0)).putShort((short) 0).putShort((short) 0x21)
          .putInt((int) crc.getValue()).putInt((int) compressedSize).putInt((int) size)
          .putShort((short) name.length).putShort((short) 0).put(name);
      out.writeBytes(local.array());
      out.writeBytes(body);
      ByteBuffer header = le(46 + name.length);
      header.putInt(0x02014b50).putShort((short) (entry.unixMode != 0 ? 0x0314 : 20)).putShort((short) 20)
          .putShort((short) 0x0800).putShort((short) (entry.deflate ? 8 : 0)).putShort((short) 0)
          .putShort((short) 0x21).putInt((int) crc.getValue()).putInt((int) compressedSize).putInt((int) size)
          .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
          .putShort((short) 0).putInt(entry.unixMode << 16).putInt(offset).put(name);
      central.writeBytes(header.array());
    }
    int centralOffset = out.size();
    out.writeBytes(central.toByteArray());
    ByteBuffer end = le(22);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
        .putShort((short) entries.size()).putInt(central.size()).putInt(centralOffset).putShort((short) 0);
    out.writeBytes(end.array());
    return out.toByteArray();
  }

  /** Writes the ZIP to a file and returns it. */
  public Path writeTo(Path file) {
    try {
      return Files.write(file, toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Inserts a ZIP64 end record and its locator before a ZIP's end record, claiming the given
   * record size and entry count (the rest copied from the end record).
   */
  public static byte[] withZip64End(byte[] zip, long recordSize, long entries) {
    int end = zip.length - 22;
    ByteBuffer old = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    long centralSize = Integer.toUnsignedLong(old.getInt(end + 12));
    long centralOffset = Integer.toUnsignedLong(old.getInt(end + 16));
    ByteBuffer out = le(zip.length + 56 + 20);
    out.put(zip, 0, end);
    out.putInt(0x06064b50).putLong(recordSize).putShort((short) 45).putShort((short) 45).putInt(0).putInt(0)
        .putLong(entries).putLong(entries).putLong(centralSize).putLong(centralOffset);
    out.putInt(0x07064b50).putInt(0).putLong(end).putInt(1);
    out.put(zip, end, 22);
    return out.array();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(data);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }
}
