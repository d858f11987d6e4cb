/**
 * The HTTP layer: one JDK {@code HttpClient} per environment, request building (auth, tracing and
 * accept headers), the single 401 re-authentication, retries through Failsafe driven by the
 * caller's {@link io.sharedo.export.core.RecoveryPolicy}, and error-body parsing. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.http;

import org.jspecify.annotations.NullMarked;
