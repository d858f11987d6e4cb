/**
 * The bounded-concurrency batch runner behind
 * {@link io.sharedo.export.BatchExportService#batchExportAsync}: it starts at most
 * {@link io.sharedo.export.BatchOptions#concurrency()} exports at a time (the next when one ends,
 * with no thread waiting per item), paces each server with a shared rate limiter, and gathers the
 * outcomes in input order. Not API: may change in any release.
 */
@NullMarked
package io.sharedo.export.core.internal.batch;

import org.jspecify.annotations.NullMarked;
