/**
 * The public API of sharedo-export: services, value types, error codes and the listener.
 *
 * <p>Entry points: {@link io.sharedo.export.ExportService} (the whole trip in one call),
 * {@link io.sharedo.export.ExportJobManager} (each step under your control) and
 * {@link io.sharedo.export.BatchExportService} (many exports at once). The implementation,
 * {@code ShareDoExportClient}, lives in {@code sharedo-export-core}.
 *
 * <p>Exporting a work type from a server that takes OAuth client credentials, where {@code secret}
 * is the client secret and {@code progress} an {@link io.sharedo.export.ExportListener}, in a method
 * that returns whether the export succeeded (the whole program, imports included, is
 * {@code ExportFromCode} in the project's {@code examples}):
 *
 * <!-- snippet: examples/src/main/java/io/sharedo/export/examples/ExportFromCode.java#client -->
 * <pre>{@code
 * try (ShareDoExportClient client = ShareDoExportClient.builder()
 *     .environment("uat", Environment.builder(URI.create("https://uat.example.com"))
 *         .clientCredentials(URI.create("https://identity.example.com"), "my-client", secret)
 *         .build())
 *     .listener(progress)
 *     .build()) {
 *   ExportResult result = client.exportWorkType("matter", "uat");
 *   result.content().workTypes().forEach(workType -> System.out.println(workType.name()));
 *   return true;
 * } catch (ExportException e) {
 *   // getMessage() says what went wrong and what to do; code() is the stable code, e.g. EXPORT_008.
 *   System.err.println(e.code() + ": " + e.getMessage());
 *   return false;
 * }
 * }</pre>
 *
 * <p>Failures are {@link io.sharedo.export.ExportException}s carrying a stable
 * {@link io.sharedo.export.ExportErrorCode}. Value types are immutable records whose constructors
 * reject invalid arguments with an {@link java.lang.IllegalArgumentException} naming the argument.
 */
@NullMarked
package io.sharedo.export;

import org.jspecify.annotations.NullMarked;
