package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.DependencyKind;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.core.pkg.PackageLimits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Streams the manifest's {@code ExportedSteps} list, counting steps and dependencies against the
 * limits as each one is met. A dependency's {@code included} flag needs every step's {@code Id}, so
 * the steps are gathered first and built at the end. Not thread-safe: one instance per manifest.
 */
final class StepReader {
  private final Path zip;
  private final PackageLimits limits;
  private final List<PendingStep> steps = new ArrayList<>();
  private int dependencies;

  StepReader(Path zip, PackageLimits limits) {
    this.zip = zip;
    this.limits = limits;
  }

  /** Reads the array the parser stands on (at its START_ARRAY), up to and including its END_ARRAY. */
  void readAll(JsonParser parser) throws IOException {
    while (JsonTrees.nextInArray(parser)) {
      int index = steps.size();
      if (index >= limits.maxSteps()) {
        throw PackageErrors.overLimit(zip, "has a manifest listing more than " + limits.maxSteps() + " steps",
            "maxSteps", limits.maxSteps());
      }
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        throw invalid("has ExportedSteps[" + index + "] that is not an object");
      }
      steps.add(readStep(parser, index));
    }
  }

  private PendingStep readStep(JsonParser parser, int index) throws IOException {
    PendingStep step = new PendingStep(index);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName().toLowerCase(Locale.ROOT);
      parser.nextToken();
      switch (field) {
        case "id" -> step.id = text(parser, index, "Id");
        case "description" -> step.description = text(parser, index, "Description");
        case "exportprovidersystemname" -> step.provider = text(parser, index, "ExportProviderSystemName");
        case "storagefilename" -> step.storageFilename = text(parser, index, "StorageFilename");
        case "exportproviderselectorjson" -> step.selector = selector(JsonTrees.readValue(parser), index);
        case "dependencies" -> readDependencies(parser, step);
        default -> parser.skipChildren();
      }
    }
    if (step.provider == null || step.provider.isBlank()) {
      throw invalid("has ExportedSteps[" + index + "] without an ExportProviderSystemName");
    }
    if (step.storageFilename == null || step.storageFilename.isBlank()) {
      throw invalid("has ExportedSteps[" + index + "] without a StorageFilename");
    }
    return step;
  }

  private void readDependencies(JsonParser parser, PendingStep step) throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw invalid("has ExportedSteps[" + step.index + "].Dependencies that is not an object");
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName().toLowerCase(Locale.ROOT);
      parser.nextToken();
      switch (field) {
        case "mandatory" -> readDependencyList(parser, step, DependencyKind.MANDATORY, "Mandatory");
        case "recommended" -> readDependencyList(parser, step, DependencyKind.RECOMMENDED, "Recommended");
        default -> parser.skipChildren();
      }
    }
  }

  private void readDependencyList(JsonParser parser, PendingStep step, DependencyKind kind, String list)
      throws IOException {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return;
    }
    String where = "ExportedSteps[" + step.index + "].Dependencies." + list;
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw invalid("has " + where + " that is not a list");
    }
    int position = 0;
    while (JsonTrees.nextInArray(parser)) {
      if (dependencies >= limits.maxDependencies()) {
        throw PackageErrors.overLimit(zip, "has a manifest listing more than " + limits.maxDependencies()
            + " dependencies", "maxDependencies", limits.maxDependencies());
      }
      dependencies++;
      step.dependencies.add(dependency(JsonTrees.readValue(parser), kind, where + "[" + position++ + "]"));
    }
  }

  private PendingDependency dependency(JsonNode entry, DependencyKind kind, String where) {
    if (!entry.isObject()) {
      throw invalid("has " + where + " that is not an object");
    }
    JsonNode dependency = JsonTrees.field(entry, "Dependency");
    if (dependency == null || !dependency.isObject()) {
      throw invalid("has " + where + " without a Dependency object");
    }
    String provider = nodeText(JsonTrees.field(dependency, "SystemName"), where + ".Dependency.SystemName");
    if (provider == null || provider.isBlank()) {
      throw invalid("has " + where + " whose Dependency names no provider (SystemName)");
    }
    JsonNode selector = JsonTrees.field(dependency, "Selector");
    Map<String, Object> selectorMap;
    if (selector == null || selector.isNull()) {
      selectorMap = Map.of();
    } else if (selector.isObject()) {
      selectorMap = JsonTrees.toMap(selector);
    } else {
      throw invalid("has " + where + ".Dependency.Selector that is not an object");
    }
    return new PendingDependency(kind, provider, selectorMap,
        nodeText(JsonTrees.field(dependency, "Reason"), where + ".Dependency.Reason"),
        nodeText(JsonTrees.field(dependency, "Description"), where + ".Dependency.Description"),
        nodeText(JsonTrees.field(entry, "PackageStepId"), where + ".PackageStepId"));
  }

  /** The selector: JSON text inside a string as ShareDo writes it, or (leniently) an object. */
  private Map<String, Object> selector(JsonNode value, int index) {
    String where = "ExportedSteps[" + index + "].ExportProviderSelectorJson";
    if (value == null || value.isNull()) {
      return Map.of();
    }
    if (value.isObject()) {
      return JsonTrees.toMap(value);
    }
    if (!value.isTextual()) {
      throw invalid("has " + where + " that is neither JSON text nor an object");
    }
    JsonNode parsed;
    try {
      parsed = JsonTrees.parse(value.textValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw invalid("has " + where + " that is not valid JSON (" + JsonTrees.describe(e) + ")");
    }
    if (parsed.isMissingNode() || parsed.isNull()) {
      return Map.of();
    }
    if (!parsed.isObject()) {
      throw invalid("has " + where + " that is not a JSON object");
    }
    return JsonTrees.toMap(parsed);
  }

  private @Nullable String text(JsonParser parser, int index, String field) throws IOException {
    return nodeText(JsonTrees.readValue(parser), "ExportedSteps[" + index + "]." + field);
  }

  private @Nullable String nodeText(@Nullable JsonNode value, String where) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw invalid("has " + where + " that is not text");
    }
    return value.asText();
  }

  /** Builds the steps, resolving each dependency's PackageStepId against the steps' ids. */
  List<ManifestStep> build() {
    Set<String> ids = new HashSet<>();
    for (PendingStep step : steps) {
      if (step.id != null && !ids.add(step.id)) {
        throw invalid("has two steps with the Id " + step.id);
      }
    }
    List<ManifestStep> built = new ArrayList<>(steps.size());
    for (PendingStep step : steps) {
      List<StepDependency> deps = new ArrayList<>(step.dependencies.size());
      for (DependencyKind kind : DependencyKind.values()) {
        for (PendingDependency d : step.dependencies) {
          if (d.kind == kind) {
            deps.add(new StepDependency(d.kind, d.provider, d.selector, d.reason, d.description, d.packageStepId,
                d.packageStepId != null && ids.contains(d.packageStepId)));
          }
        }
      }
      // read() refused a step without a provider or a storage file name.
      built.add(new ManifestStep(step.id, step.description, Objects.requireNonNull(step.provider), step.selector,
          Objects.requireNonNull(step.storageFilename),
          deps));
    }
    return built;
  }

  private RuntimeException invalid(String problem) {
    return ManifestParser.invalid(zip, problem, null);
  }

  private static final class PendingStep {
    final int index;
    @Nullable String id;
    @Nullable String description;
    @Nullable String provider;
    @Nullable String storageFilename;
    Map<String, Object> selector = Map.of();
    final List<PendingDependency> dependencies = new ArrayList<>();

    PendingStep(int index) {
      this.index = index;
    }
  }

  private record PendingDependency(DependencyKind kind, String provider, Map<String, Object> selector,
      @Nullable String reason, @Nullable String description, @Nullable String packageStepId) {}
}
