package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.core.pkg.PackageLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code manifest.json} (the real ShareDo 7.9 shape, see {@code docs/PACKAGE-FORMAT.md}) into
 * a {@link PackageManifest}. The document is streamed: steps and dependencies are counted against
 * the limits as they are met, and fields this library does not read are skipped without being
 * held, so memory stays bounded by what the limits allow. Field names are matched ignoring case;
 * unknown fields are ignored. Thread-safe: no state (each call has its own readers).
 */
final class ManifestParser {
  static final String MANIFEST = "manifest.json";

  private ManifestParser() {}

  /**
   * Parses the manifest.
   *
   * @param zip the package file, for messages
   * @param bytes the manifest's bytes (UTF-8, a byte-order mark allowed)
   * @param limits the step and dependency counts allowed
   * @return the manifest
   * @throws io.sharedo.export.ExportException EXPORT_006 saying what is wrong with it
   */
  static PackageManifest parse(Path zip, byte[] bytes, PackageLimits limits) {
    ManifestFields fields = new ManifestFields(zip, limits);
    try (JsonParser parser = JsonTrees.parser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw ManifestFields.invalid(zip, "is not a JSON object", null);
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName().toLowerCase(Locale.ROOT);
        parser.nextToken();
        fields.read(field, parser);
      }
      if (parser.nextToken() != null) {
        throw ManifestFields.invalid(zip, "has content after its JSON object", null);
      }
    } catch (IOException e) {
      throw ManifestFields.invalid(zip, "is not valid JSON (" + JsonTrees.describe(e) + ")", e);
    }
    return fields.build();
  }

  /** What the manifest's top-level fields held, gathered while streaming. */
  private static final class ManifestFields {
    private final Path zip;
    private final PackageLimits limits;
    private final StepReader steps;
    private @Nullable String name;
    private @Nullable String createdBy;
    private @Nullable String exportedFrom;
    private @Nullable JsonNode createdOn;
    private @Nullable JsonNode sharedoVersion;
    private final List<String> files = new ArrayList<>();
    private boolean sawSteps;

    ManifestFields(Path zip, PackageLimits limits) {
      this.zip = zip;
      this.limits = limits;
      this.steps = new StepReader(zip, limits);
    }

    void read(String field, JsonParser parser) throws IOException {
      switch (field) {
        case "name" -> name = text(parser, "Name");
        case "createdby" -> createdBy = text(parser, "CreatedBy");
        case "exportedfrom" -> exportedFrom = text(parser, "ExportedFrom");
        case "createdon" -> createdOn = JsonTrees.readValue(parser);
        case "sharedoversion" -> sharedoVersion = JsonTrees.readValue(parser);
        case "files" -> readFiles(parser);
        case "exportedsteps" -> {
          if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(zip, "has an ExportedSteps that is not a list", null);
          }
          sawSteps = true;
          steps.readAll(parser);
        }
        default -> parser.skipChildren();
      }
    }

    private @Nullable String text(JsonParser parser, String field) throws IOException {
      JsonNode value = JsonTrees.readValue(parser);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isValueNode()) {
        throw invalid(zip, "has a " + field + " that is not text", null);
      }
      return value.asText();
    }

    private void readFiles(JsonParser parser) throws IOException {
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return;
      }
      if (parser.currentToken() != JsonToken.START_ARRAY) {
        throw invalid(zip, "has a Files that is not a list", null);
      }
      while (JsonTrees.nextInArray(parser)) {
        if (files.size() >= limits.maxEntries()) {
          throw PackageErrors.tooManyEntries(zip, "has a manifest listing more Files than", limits.maxEntries());
        }
        JsonNode file = JsonTrees.readValue(parser);
        JsonNode nameNode = file.isObject() ? JsonTrees.field(file, "StorageFilename") : file;
        if (nameNode == null || !nameNode.isTextual() || nameNode.textValue().isBlank()) {
          throw invalid(zip, "has Files[" + files.size() + "] that is neither a file name nor an object with a"
              + " StorageFilename", null);
        }
        files.add(nameNode.textValue());
      }
    }

    PackageManifest build() {
      if (!sawSteps) {
        throw invalid(zip, "has no ExportedSteps list", null);
      }
      List<ManifestStep> built = steps.build();
      Set<String> seen = new HashSet<>();
      for (String file : files) {
        if (!seen.add(file)) {
          throw invalid(zip, "lists the file " + file + " twice in Files", null);
        }
      }
      return new PackageManifest(name, createdBy, exportedFrom, ManifestValues.instant(zip, createdOn),
          ManifestValues.version(zip, sharedoVersion), built, files);
    }

    static RuntimeException invalid(Path zip, String problem, @Nullable Throwable cause) {
      return ManifestParser.invalid(zip, problem, cause);
    }
  }

  static RuntimeException invalid(Path zip, String problem, @Nullable Throwable cause) {
    return PackageErrors.invalid(zip, "has a " + MANIFEST + " that " + problem,
        "it was not made by a ShareDo export, or was damaged; " + PackageErrors.DOWNLOAD_AGAIN, cause,
        "entry", MANIFEST);
  }
}
