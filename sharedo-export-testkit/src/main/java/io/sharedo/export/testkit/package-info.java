/**
 * A fake ShareDo server for tests: {@link io.sharedo.export.testkit.FakeShareDoServer} (start it,
 * point a client at {@code baseUrl()}/{@code identityUrl()}, switch on
 * {@link io.sharedo.export.testkit.Extension}s, real-server variants and
 * {@link io.sharedo.export.testkit.Fault}s, assert on recorded requests and jobs), the in-memory ShareDo
 * configuration it serves ({@link io.sharedo.export.testkit.EnvironmentModel} with
 * {@link io.sharedo.export.testkit.WorkTypeModel}s and {@link io.sharedo.export.testkit.RawStepModel}s),
 * and the JUnit 5 {@link io.sharedo.export.testkit.FakeShareDoExtension}. By default the server behaves
 * like a real ShareDo 7.9 server and writes packages in its format.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/TestkitSnippets.java#testkit-package -->
 * <pre>{@code
 * try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().progressPerPoll(50)
 *     .extensions(Extension.RANGE_REQUESTS).start()) {
 *   server.injectForNextJob(Fault.dropConnectionAt(0.5));
 *   // run the client against server.baseUrl("uat") ...
 *   assertThat(server.requestCount(Endpoint.DOWNLOAD)).isEqualTo(2);
 * }
 * }</pre>
 *
 * <p>It speaks only the wire protocol and depends on no other sharedo-export module.
 */
@NullMarked
package io.sharedo.export.testkit;

import org.jspecify.annotations.NullMarked;
