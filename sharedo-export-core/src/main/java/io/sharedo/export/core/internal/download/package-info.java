/**
 * Streaming package download: a part file beside the destination, SHA-256 while streaming, resume
 * with {@code Range}/{@code If-Range}, size and checksum verification, fsync and atomic move; the
 * part file is removed on failure. Not API.
 */
package io.sharedo.export.core.internal.download;
