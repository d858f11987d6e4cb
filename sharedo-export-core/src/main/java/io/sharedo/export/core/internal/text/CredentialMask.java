package io.sharedo.export.core.internal.text;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The credentials one environment holds (its bearer tokens, client secret, Basic header value),
 * and {@link #mask(String)}, which hides each of them in any text, so that a server echoing a
 * credential back in an error message or a progress field cannot get it printed or logged. Also
 * hides the URL-encoded form of each value (form bodies, query strings). Values shorter than
 * {@value #MIN_LENGTH} characters are not masked: they would mask ordinary words. Remembers the
 * last {@value #MAX_VALUES} values (tokens are refreshed; old ones may still be echoed).
 * Thread-safe.
 */
public final class CredentialMask {
  /** What a credential is replaced with. */
  public static final String MASK = "****";
  static final int MIN_LENGTH = 4;
  static final int MAX_VALUES = 16;

  private final Deque<String> values = new ArrayDeque<>();
  private volatile List<String> longestFirst = List.of();

  /**
   * Remembers a credential; null and short values are ignored.
   *
   * @param credential the value (a token, a secret, a header value)
   * @return this mask
   */
  public CredentialMask add(String credential) {
    if (credential == null || credential.length() < MIN_LENGTH) {
      return this;
    }
    synchronized (values) {
      addOne(credential);
      addOne(URLEncoder.encode(credential, StandardCharsets.UTF_8));
      while (values.size() > MAX_VALUES) {
        values.removeFirst();
      }
      List<String> sorted = new ArrayList<>(values);
      // Longest first, so that a credential containing another is masked whole.
      sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
      longestFirst = List.copyOf(sorted);
    }
    return this;
  }

  private void addOne(String value) {
    values.remove(value);
    values.addLast(value);
  }

  /**
   * The text with every remembered credential replaced by {@value #MASK}.
   *
   * @param text any text, may be null
   * @return the masked text (null stays null)
   */
  public @Nullable String mask(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String masked = text;
    for (String value : longestFirst) {
      if (masked.contains(value)) {
        masked = masked.replace(value, MASK);
      }
    }
    return masked;
  }

  @Override
  public String toString() {
    return "CredentialMask[" + longestFirst.size() + " values]";
  }
}
