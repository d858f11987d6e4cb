package io.sharedo.export.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A built package: its bytes as segments (arrays, or runs of zeros that are never materialised, so a
 * multi-GiB package costs no memory), their SHA-256, the checksum reported on completion (which
 * differs only under the checksum-mismatch fault) and the ETag. Immutable; arrays are never handed out.
 */
final class PackageBytes {
  private static final byte[] ZEROS = new byte[64 * 1024];

  /** A piece of the package: {@code bytes}, or {@code zeros} zero bytes when bytes is null. */
  record Segment(byte @Nullable [] bytes, long zeros) {
    long size() {
      return bytes == null ? zeros : bytes.length;
    }
  }

  private final List<Segment> segments;
  private final long size;
  final String sha256;
  final String reportedSha256;
  final String etag;

  PackageBytes(byte[] bytes, boolean misreportChecksum) {
    this(List.of(new Segment(bytes, 0)), misreportChecksum);
  }

  PackageBytes(List<Segment> segments, boolean misreportChecksum) {
    this.segments = List.copyOf(segments);
    this.size = segments.stream().mapToLong(Segment::size).sum();
    this.sha256 = sha256(this.segments);
    this.reportedSha256 = misreportChecksum ? flipLast(sha256) : sha256;
    this.etag = "\"" + sha256.substring(0, 20) + "\"";
  }

  long size() {
    return size;
  }

  /** Writes {@code count} bytes starting at {@code from}. */
  void write(OutputStream out, long from, long count) throws IOException {
    long position = 0;
    long remaining = count;
    for (Segment s : segments) {
      long segmentEnd = position + s.size();
      if (remaining > 0 && from < segmentEnd) {
        long offset = Math.max(0, from - position);
        long n = Math.min(remaining, s.size() - offset);
        if (s.bytes() != null) {
          out.write(s.bytes(), (int) offset, (int) n);
        } else {
          for (long done = 0; done < n; done += ZEROS.length) {
            out.write(ZEROS, 0, (int) Math.min(ZEROS.length, n - done));
          }
        }
        from += n;
        remaining -= n;
      }
      position = segmentEnd;
    }
  }

  /** The whole package in one array; only for small packages (the configuration export). */
  byte[] toByteArray() {
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(size, Integer.MAX_VALUE - 8));
    try {
      write(out, 0, size);
    } catch (IOException e) {
      throw new IllegalStateException("memory streams do not fail", e);
    }
    return out.toByteArray();
  }

  private static String flipLast(String hex) {
    char last = hex.charAt(hex.length() - 1);
    return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
  }

  private static String sha256(List<Segment> segments) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    for (Segment s : segments) {
      if (s.bytes() != null) {
        digest.update(s.bytes());
      } else {
        for (long done = 0; done < s.zeros(); done += ZEROS.length) {
          digest.update(ZEROS, 0, (int) Math.min(ZEROS.length, s.zeros() - done));
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Collects segments, merging adjacent arrays. Not thread-safe. */
  static final class Collector {
    private final List<Segment> segments = new ArrayList<>();
    private ByteArrayOutputStream current = new ByteArrayOutputStream();
    private long position;

    ByteArrayOutputStream out() {
      return current;
    }

    long position() {
      return position + current.size();
    }

    void zeros(long count) {
      cut();
      segments.add(new Segment(null, count));
      position += count;
    }

    List<Segment> finish() {
      cut();
      return List.copyOf(segments);
    }

    private void cut() {
      if (current.size() > 0) {
        segments.add(new Segment(current.toByteArray(), 0));
        position += current.size();
        current = new ByteArrayOutputStream();
      }
    }
  }
}
