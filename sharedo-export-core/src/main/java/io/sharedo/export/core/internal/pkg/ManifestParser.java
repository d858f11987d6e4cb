package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code manifest.json} into a {@link PackageManifest}. Field names are matched ignoring
 * case, because ShareDo writes the step fields in PascalCase ({@code ExportedSteps}) and the others in
 * camelCase, and a server on another serializer setting may not; unknown fields are ignored.
 * Thread-safe: no state.
 */
final class ManifestParser {
  static final String MANIFEST = "manifest.json";

  private ManifestParser() {}

  /**
   * Parses the manifest.
   *
   * @param zip the package file, for messages
   * @param bytes the manifest's bytes
   * @return the manifest
   * @throws io.sharedo.export.ExportException EXPORT_006 saying what is wrong with it
   */
  static PackageManifest parse(Path zip, byte[] bytes) {
    JsonNode root;
    try {
      root = JsonTrees.parse(bytes);
    } catch (IOException e) {
      throw invalid(zip, "is not valid JSON (" + JsonTrees.describe(e) + ")", e);
    }
    if (!root.isObject()) {
      throw invalid(zip, "is not a JSON object", null);
    }
    int version = 1;
    JsonNode versionNode = field(root, "packageFormatVersion");
    if (versionNode != null && !versionNode.isNull()) {
      if (!versionNode.isIntegralNumber() || !versionNode.canConvertToInt() || versionNode.intValue() < 1) {
        throw invalid(zip, "has packageFormatVersion " + versionNode + ", not a whole number of at least 1", null);
      }
      version = versionNode.intValue();
    }
    JsonNode stepsNode = field(root, "ExportedSteps");
    if (stepsNode == null || !stepsNode.isArray()) {
      throw invalid(zip, "has no ExportedSteps list", null);
    }
    List<ManifestStep> steps = new ArrayList<>(stepsNode.size());
    for (int i = 0; i < stepsNode.size(); i++) {
      JsonNode step = stepsNode.get(i);
      if (!step.isObject()) {
        throw invalid(zip, "has ExportedSteps[" + i + "] that is not an object", null);
      }
      steps.add(new ManifestStep(
          requiredText(zip, step, "ExportProviderSystemName", i),
          requiredText(zip, step, "StorageFilename", i),
          requiredText(zip, step, "SystemName", i)));
    }
    return new PackageManifest(version, text(zip, root, "exportJobId"), text(zip, root, "environment"),
        instant(zip, root, "createdAt"), steps);
  }

  /** The value of a field matched ignoring case, or null when absent. */
  static JsonNode field(JsonNode object, String name) {
    JsonNode exact = object.get(name);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      if (field.getKey().equalsIgnoreCase(name)) {
        return field.getValue();
      }
    }
    return null;
  }

  private static String requiredText(Path zip, JsonNode step, String name, int index) {
    JsonNode value = field(step, name);
    if (value == null || !value.isTextual() || value.textValue().isBlank()) {
      throw invalid(zip, "has ExportedSteps[" + index + "] without a " + name, null);
    }
    return value.textValue();
  }

  private static String text(Path zip, JsonNode root, String name) {
    JsonNode value = field(root, name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw invalid(zip, "has a " + name + " that is not text", null);
    }
    return value.asText();
  }

  private static Instant instant(Path zip, JsonNode root, String name) {
    String text = text(zip, root, name);
    if (text == null) {
      return null;
    }
    return Instants.parse(text).orElseThrow(() ->
        invalid(zip, "has a " + name + " that is not an ISO-8601 instant: " + text, null));
  }

  private static RuntimeException invalid(Path zip, String problem, Throwable cause) {
    return PackageErrors.invalid(zip, "has a " + MANIFEST + " that " + problem,
        "it was not made by a ShareDo export, or was damaged; " + PackageErrors.DOWNLOAD_AGAIN, cause,
        "entry", MANIFEST);
  }
}
