/**
 * Streaming package download: a part file beside the destination written back to disk as it grows,
 * SHA-256 while streaming, resume with {@code Range}/{@code If-Range} only when the server gave a
 * strong {@code ETag} and its 206 continues the bytes written (else start over), every body bounded
 * by its announced length, the declared size and the maximum package size, the server's
 * {@code Content-Disposition} name (made safe) when the destination is a folder, size and checksum
 * verification, fsync and atomic move; the part file is removed on failure. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.download;

import org.jspecify.annotations.NullMarked;
