package io.sharedo.export.core.internal.download;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The file name a server proposes in {@code Content-Disposition}, made safe to create in the
 * caller's folder. The header is untrusted: the name keeps only its last path segment, letters,
 * digits, dots, dashes and underscores (anything else becomes {@code _}), no leading dot, at most
 * {@value #MAX_LENGTH} characters, and it always ends with the expected extension, so a server can
 * name neither a path, a hidden file nor a file of another kind. Stateless.
 */
final class DispositionFileName {
  static final int MAX_LENGTH = 120;
  // filename*=UTF-8''export%20x.zip (RFC 6266 / 8187) is preferred over filename=
  private static final Pattern EXTENDED =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\*\\s*=\\s*([\\w!#$&+.^`|~-]+)'[^']*'([^;\\s]+)");
  private static final Pattern PLAIN =
      Pattern.compile("(?i)(?:^|;)\\s*filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;]*))");

  private DispositionFileName() {}

  /**
   * The safe name from a {@code Content-Disposition} value.
   *
   * @param header the header value, or null
   * @param extension the extension the name must end with, for example {@code .zip}
   * @return the name, or empty when the header names nothing usable
   */
  static Optional<String> of(@Nullable String header, String extension) {
    if (header == null) {
      return Optional.empty();
    }
    String raw = extended(header);
    if (raw == null) {
      Matcher plain = PLAIN.matcher(header);
      if (!plain.find()) {
        return Optional.empty();
      }
      raw = plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2).trim();
    }
    return sanitise(raw, extension);
  }

  private static @Nullable String extended(String header) {
    Matcher m = EXTENDED.matcher(header);
    if (!m.find() || !m.group(1).equalsIgnoreCase("UTF-8")) {
      return null;
    }
    String encoded = m.group(2);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%' && i + 2 < encoded.length() && Character.digit(encoded.charAt(i + 1), 16) >= 0
          && Character.digit(encoded.charAt(i + 2), 16) >= 0) {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Makes a proposed name safe: its last segment only, a small character set, no leading dot.
   *
   * @param raw the proposed name
   * @param extension the extension it must end with
   * @return the name, or empty when nothing usable is left
   */
  static Optional<String> sanitise(String raw, String extension) {
    String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    StringBuilder safe = new StringBuilder(name.length());
    name.codePoints().forEach(c -> safe.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-'
        || c == '_') ? (char) c : '_'));
    String cleaned = safe.toString().replaceAll("^[._]+", "").replaceAll("[._]+$", "");
    if (cleaned.toLowerCase(Locale.ROOT).endsWith(extension.toLowerCase(Locale.ROOT))) {
      cleaned = cleaned.substring(0, cleaned.length() - extension.length()).replaceAll("[._]+$", "");
    }
    if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_' || c == '-')) {
      return Optional.empty();
    }
    if (cleaned.length() > MAX_LENGTH - extension.length()) {
      cleaned = cleaned.substring(0, MAX_LENGTH - extension.length());
    }
    return Optional.of(cleaned + extension);
  }
}
