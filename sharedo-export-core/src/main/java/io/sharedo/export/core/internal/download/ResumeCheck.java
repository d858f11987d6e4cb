package io.sharedo.export.core.internal.download;

import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a {@code 206 Partial Content} answer really continues the bytes already written:
 * the same strong {@code ETag} as the first answer, and a {@code Content-Range} that starts exactly
 * at the resume offset, runs to the end, and names the same total (with a {@code Content-Length}, if
 * any, that agrees). Anything else means the server sent another package or another slice of it,
 * and the download starts over from byte 0. Stateless.
 */
final class ResumeCheck {
  private static final Pattern CONTENT_RANGE = Pattern.compile("^bytes\\s+(\\d{1,19})-(\\d{1,19})/(\\d{1,19})$");

  private ResumeCheck() {}

  /**
   * Whether an {@code ETag} can guard a resume: a strong validator ({@code If-Range} takes no weak one).
   *
   * @param etag the first answer's ETag, or null
   * @return true when a Range request may be sent with it
   */
  static boolean canResumeWith(@Nullable String etag) {
    return etag != null && !etag.isBlank() && !etag.startsWith("W/") && etag.length() <= 256
        && etag.chars().allMatch(c -> c > 0x20 && c < 0x7f);
  }

  /**
   * Why a 206 does not continue the download, or empty when it does.
   *
   * @param headers the 206's headers
   * @param etag the ETag of the answer the written bytes came from
   * @param offset the bytes written so far (the Range asked for {@code bytes=offset-})
   * @param total the package size known so far, or -1
   * @return the mismatch, in words, or empty
   */
  static Optional<String> mismatch(HttpHeaders headers, @Nullable String etag, long offset, long total) {
    String answered = headers.firstValue("ETag").orElse(null);
    if (etag == null || !etag.equals(answered)) {
      return Optional.of("its ETag changed");
    }
    Matcher range = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse("").trim());
    if (!range.matches()) {
      return Optional.of("it has no usable Content-Range");
    }
    long first = parse(range.group(1));
    long last = parse(range.group(2));
    long size = parse(range.group(3));
    if (first != offset) {
      return Optional.of("its Content-Range starts at byte " + first + ", not at " + offset);
    }
    if (last != size - 1 || last < first) {
      return Optional.of("its Content-Range does not run to the end of the package");
    }
    if (total >= 0 && size != total) {
      return Optional.of("its Content-Range names " + size + " bytes in all, not " + total);
    }
    long length = contentLength(headers);
    if (length >= 0 && length != last - first + 1) {
      return Optional.of("its Content-Length disagrees with its Content-Range");
    }
    return Optional.empty();
  }

  /**
   * The total size a checked 206 names.
   *
   * @param headers the 206's headers, already checked by {@link #mismatch}
   * @return the total size
   */
  static long total(HttpHeaders headers) {
    Matcher range = CONTENT_RANGE.matcher(headers.firstValue("Content-Range").orElse("").trim());
    if (!range.matches()) {
      throw new IllegalStateException("unchecked Content-Range");
    }
    return parse(range.group(3));
  }

  /**
   * The answer's {@code Content-Length}.
   *
   * @param headers the headers
   * @return the length, or -1 when absent or not a number
   */
  static long contentLength(HttpHeaders headers) {
    return headers.firstValue("Content-Length").map(String::trim).filter(v -> v.matches("\\d{1,18}"))
        .map(Long::parseLong).orElse(-1L);
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return -2;
    }
  }
}
