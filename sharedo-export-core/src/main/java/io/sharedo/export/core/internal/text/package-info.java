/**
 * Text that crosses a trust boundary: {@link io.sharedo.export.core.internal.text.CredentialMask}
 * hides the credentials an environment holds, {@link io.sharedo.export.core.internal.text.TerminalText}
 * makes server-supplied text safe to print, and {@link io.sharedo.export.core.internal.text.ServerText}
 * applies both to everything a server says before it enters a message or an event. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.text;

import org.jspecify.annotations.NullMarked;
