/**
 * The ShareDo export client and its settings: {@link io.sharedo.export.core.ShareDoExportClient}
 * (built with {@link io.sharedo.export.core.ShareDoExportClient#builder()}),
 * {@link io.sharedo.export.core.Environment}, {@link io.sharedo.export.core.PollPolicy},
 * {@link io.sharedo.export.core.RetrySettings}, {@link io.sharedo.export.core.Endpoints} and
 * {@link io.sharedo.export.core.RecoveryPolicy}.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#core-package -->
 * <pre>{@code
 * try (ShareDoExportClient client = ShareDoExportClient.builder()
 *     .environment("clientB-uat", Environment.builder(URI.create("https://uat.example.com"))
 *         .bearerToken(token)
 *         .build())
 *     .pollPolicy(PollPolicy.builder().stallTimeout(Duration.ofMinutes(2)).build())
 *     .build()) {
 *   ExportResult result = client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "clientB-uat"),
 *       Path.of("matter.zip"));
 * }
 * }</pre>
 *
 * <p>Settings types are immutable and thread-safe; builders are not. The client is thread-safe.
 */
@NullMarked
package io.sharedo.export.core;

import org.jspecify.annotations.NullMarked;
