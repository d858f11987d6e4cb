package io.sharedo.export.testkit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A built package: the bytes served, their SHA-256, the checksum reported on completion (which differs
 * only under the checksum-mismatch fault) and the ETag. Immutable; the array is never handed out.
 */
final class PackageBytes {
  private final byte[] bytes;
  final String sha256;
  final String reportedSha256;
  final String etag;

  PackageBytes(byte[] bytes, boolean misreportChecksum) {
    this.bytes = bytes;
    this.sha256 = sha256(bytes);
    this.reportedSha256 = misreportChecksum ? flipLast(sha256) : sha256;
    this.etag = "\"" + sha256.substring(0, 20) + "\"";
  }

  long size() {
    return bytes.length;
  }

  /** The bytes themselves, for writing; callers must not change them. */
  byte[] unsafeBytes() {
    return bytes;
  }

  byte[] copy() {
    return bytes.clone();
  }

  private static String flipLast(String hex) {
    char last = hex.charAt(hex.length() - 1);
    return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
