/**
 * The public API of sharedo-export: services, value types, error codes and the listener.
 *
 * <p>Entry points: {@link io.sharedo.export.ExportService} (the whole trip in one call),
 * {@link io.sharedo.export.ExportJobManager} (each step under your control) and
 * {@link io.sharedo.export.BatchExportService} (many exports at once). The implementation,
 * {@code ShareDoExportClient}, lives in {@code sharedo-export-core}.
 *
 * <pre>{@code
 * try (ShareDoExportClient client = ShareDoExportClient.builder()
 *     .environment("uat", Environment.of(URI.create("https://uat.example.com"))
 *         .clientCredentials(URI.create("https://id.example.com"), "my-client", secret))
 *     .listener(myListener)
 *     .build()) {
 *   ExportResult result = client.exportWorkType("matter", "uat");
 *   result.content().workTypes().forEach(w -> System.out.println(w.name()));
 * } catch (ExportException e) {
 *   System.err.println(e.code() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * <p>Failures are {@link io.sharedo.export.ExportException}s carrying a stable
 * {@link io.sharedo.export.ExportErrorCode}. Value types are immutable records whose constructors
 * reject invalid arguments with an {@link java.lang.IllegalArgumentException} naming the argument.
 */
package io.sharedo.export;
