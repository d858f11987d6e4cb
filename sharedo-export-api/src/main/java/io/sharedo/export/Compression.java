package io.sharedo.export;

/** Transfer compression requested from the server for the package. */
public enum Compression {
  /** No transfer compression; the default, since a ZIP is compressed already. */
  NONE,
  /** gzip. */
  GZIP,
  /** Brotli. */
  BROTLI
}
