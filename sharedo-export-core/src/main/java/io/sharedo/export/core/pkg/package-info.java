/**
 * Reading export package ZIPs: {@link io.sharedo.export.core.pkg.PackageReader} validates a package,
 * extracts it safely within {@link io.sharedo.export.core.pkg.PackageLimits}, and parses it into an
 * {@link io.sharedo.export.component.ExportPackage} of typed components.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/PackageSnippets.java#pkg-package -->
 * <pre>{@code
 * PackageReader reader = PackageReader.create(PackageLimits.builder()
 *     .maxTotalUncompressedBytes(64L * 1024 * 1024)
 *     .build());
 * reader.validate(zip);                                   // structure only, writes nothing
 * ExtractedPackage extracted = reader.extract(zip, dir);  // dir must be new or empty
 * ExportPackage content = reader.read(zip);               // temp folder, always removed
 * }</pre>
 *
 * <p>Every type here is immutable and safe to share between threads (builders excepted).
 */
@NullMarked
package io.sharedo.export.core.pkg;

import org.jspecify.annotations.NullMarked;
