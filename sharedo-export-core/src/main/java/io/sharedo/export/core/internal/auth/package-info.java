/**
 * Token sources: OAuth2 client credentials with a cached token and single-flight refresh, or a
 * fixed bearer token. Tokens and secrets never reach logs, messages or {@code toString()}. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.auth;

import org.jspecify.annotations.NullMarked;
