package io.sharedo.export.core.internal.text;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a server says (error messages, states, step descriptions, entry names) passes through
 * {@link #clean} before it enters a message, a value or an event: the environment's credentials
 * are masked first, then control characters are escaped ({@link TerminalText}), then the text is
 * shortened. Stateless apart from the mask; thread-safe.
 */
public final class ServerText {
  /** The longest server text kept in a message; longer text is cut and marked with "...". */
  public static final int MAX_LENGTH = 500;

  private static final CredentialMask NO_CREDENTIALS = new CredentialMask();

  private ServerText() {}

  /**
   * Masks, escapes and shortens a server-supplied text.
   *
   * @param raw the text as the server sent it, may be null
   * @param mask the environment's credentials
   * @return the clean text (null stays null)
   */
  public static @Nullable String clean(@Nullable String raw, CredentialMask mask) {
    if (raw == null) {
      return null;
    }
    String safe = Objects.requireNonNull(TerminalText.escape(mask.mask(raw)), "non-null in, non-null out");
    return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH) + "...";
  }

  /**
   * Escapes and shortens a text from a source that holds no credential (a package entry name).
   *
   * @param raw the text, may be null
   * @return the clean text (null stays null)
   */
  public static @Nullable String clean(@Nullable String raw) {
    return clean(raw, NO_CREDENTIALS);
  }
}
