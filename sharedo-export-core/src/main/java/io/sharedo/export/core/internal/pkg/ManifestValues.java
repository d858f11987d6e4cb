package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Reads the manifest's two structured values: {@code CreatedOn} (an instant with up to nine
 * fractional digits; ShareDo writes seven) and {@code SharedoVersion} (a .NET {@code Version}
 * object, written as {@code "7.9.0.0"}). Thread-safe: no state.
 */
final class ManifestValues {
  private static final String[] VERSION_PARTS = {"Major", "Minor", "Build", "Revision"};

  private ManifestValues() {}

  /** {@code CreatedOn}, or null when absent or null. */
  static @Nullable Instant instant(Path zip, @Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw ManifestParser.invalid(zip, "has a CreatedOn that is not text", null);
    }
    String text = value.textValue();
    return Instants.parse(text).orElseThrow(() ->
        ManifestParser.invalid(zip, "has a CreatedOn that is not an ISO-8601 date and time: " + text, null));
  }

  /**
   * {@code SharedoVersion} as text: the object's {@code Major.Minor.Build.Revision}, leaving out
   * {@code Build} and {@code Revision} when negative (as .NET writes an unset part), or a text
   * value as it is; null when absent or null.
   */
  static @Nullable String version(Path zip, @Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (!value.isObject()) {
      throw ManifestParser.invalid(zip, "has a SharedoVersion that is neither an object nor text", null);
    }
    StringJoiner version = new StringJoiner(".");
    for (int i = 0; i < VERSION_PARTS.length; i++) {
      JsonNode part = JsonTrees.field(value, VERSION_PARTS[i]);
      if (part == null || part.isNull()) {
        if (i < 2) {
          throw ManifestParser.invalid(zip, "has a SharedoVersion without " + VERSION_PARTS[i], null);
        }
        break;
      }
      if (!part.isIntegralNumber() || !part.canConvertToInt()) {
        throw ManifestParser.invalid(zip, "has a SharedoVersion whose " + VERSION_PARTS[i]
            + " is not a whole number", null);
      }
      if (part.intValue() < 0) {
        if (i < 2) {
          throw ManifestParser.invalid(zip, "has a SharedoVersion whose " + VERSION_PARTS[i] + " is negative", null);
        }
        break;
      }
      version.add(Integer.toString(part.intValue()));
    }
    return version.toString();
  }
}
