package io.sharedo.export.core.internal.http;

import io.sharedo.export.core.internal.text.ServerText;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Job ids name request paths and journal files, and a server chooses them, so they are checked
 * before use: 1 to {@value #MAX_LENGTH} characters among letters, digits and {@code - . _ ~} (RFC
 * 3986's unreserved set; real ShareDo ids are GUIDs), and never {@code .} or {@code ..}, which a
 * URL resolver would read as "this" or "the parent" folder. {@link #pathSegment} percent-encodes
 * a path segment correctly ({@code URLEncoder} is for forms: it leaves dots alone and turns a space
 * into {@code +}). Stateless, thread-safe.
 */
public final class JobIds {
  /** The longest job id accepted. */
  public static final int MAX_LENGTH = 128;

  private JobIds() {}

  /**
   * Whether an id is safe to use.
   *
   * @param jobId the id, may be null
   * @return true when it may name a path segment and a file
   */
  public static boolean isValid(@Nullable String jobId) {
    if (jobId == null || jobId.isEmpty() || jobId.length() > MAX_LENGTH || jobId.equals(".") || jobId.equals("..")) {
      return false;
    }
    for (int i = 0; i < jobId.length(); i++) {
      if (!unreserved(jobId.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why an id is refused, for a message: the id itself is shown escaped and shortened.
   *
   * @param jobId the refused id
   * @return a description such as {@code "../x" has a character outside letters, digits and - . _ ~}
   */
  public static String problem(String jobId) {
    if (jobId == null || jobId.isEmpty()) {
      return "the job id is empty";
    }
    String shown = "'" + ServerText.clean(jobId.length() > 40 ? jobId.substring(0, 40) + "..." : jobId) + "'";
    if (jobId.length() > MAX_LENGTH) {
      return "the job id " + shown + " has " + jobId.length() + " characters, more than " + MAX_LENGTH;
    }
    if (jobId.equals(".") || jobId.equals("..")) {
      return "the job id " + shown + " would name a folder, not a job";
    }
    return "the job id " + shown + " has a character outside letters, digits and - . _ ~";
  }

  /**
   * Percent-encodes one path segment: every byte of its UTF-8 form outside the unreserved set.
   *
   * @param segment the raw segment
   * @return the encoded segment
   */
  public static String pathSegment(String segment) {
    StringBuilder out = new StringBuilder(segment.length());
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && unreserved(c)) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
    }
    return out.toString();
  }

  private static boolean unreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }
}
