package io.sharedo.export.core.internal.download;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 of the bytes written so far, readable at any time. Used by one thread. */
final class StreamingDigest {
  private MessageDigest digest = newDigest();

  /**
   * Adds the buffers' remaining bytes, leaving their positions alone.
   *
   * @param buffers the bytes, in order
   */
  void update(ByteBuffer[] buffers) {
    for (ByteBuffer buffer : buffers) {
      digest.update(buffer.duplicate());
    }
  }

  /** Starts over, as for an empty file. */
  void reset() {
    digest = newDigest();
  }

  /**
   * The digest of everything added so far; adding more afterwards goes on from there.
   *
   * @return the 32 bytes
   */
  byte[] current() {
    try {
      return ((MessageDigest) digest.clone()).digest();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
    }
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
