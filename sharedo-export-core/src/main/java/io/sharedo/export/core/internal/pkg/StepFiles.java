package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.Providers;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.WorkType;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one step file's JSON into its component: a work type for {@code sharedo-type}, a raw
 * component for any other provider. Decides the component's identity: the selector's system name,
 * else {@code BaseSharedo.SystemName}, else the selector as canonical JSON. Thread-safe: no state.
 */
public final class StepFiles {
  private StepFiles() {}

  /**
   * Parses a step file's bytes.
   *
   * @param step the manifest step the file belongs to
   * @param bytes the file (UTF-8, a byte-order mark allowed)
   * @param invalid makes the exception for a problem, given as a fragment ("is not valid JSON (..)")
   * @return the component
   */
  public static Component parse(ManifestStep step, byte[] bytes, StepProblems invalid) {
    return parse(step, tree(bytes, invalid), invalid);
  }

  /**
   * Parses a work type document that no manifest step describes (as the configuration export API
   * answers): its identity is its {@code BaseSharedo.SystemName}.
   *
   * @param bytes the document
   * @param invalid makes the exception for a problem
   * @return the work type
   */
  public static WorkType parseWorkType(byte[] bytes,
      StepProblems invalid) {
    JsonNode root = object(tree(bytes, invalid), invalid);
    return new WorkTypeParser(invalid).parse(root, null);
  }

  static Component parse(ManifestStep step, JsonNode json, StepProblems invalid) {
    JsonNode root = object(json, invalid);
    String identity = identity(step, root);
    if (Providers.WORK_TYPE.equals(step.provider())) {
      return new WorkTypeParser(invalid).parse(root, identity);
    }
    JsonNode name = JsonTrees.field(root, "Name");
    String displayName = name != null && name.isTextual() ? name.textValue()
        : step.description() != null ? step.description() : "";
    return new RawComponent(step.provider(), identity != null ? identity : step.canonicalSelector(), displayName,
        JsonTrees.toMap(root));
  }

  /**
   * The selector's system name, else {@code BaseSharedo.SystemName}, else the canonical selector;
   * null when all three are missing (an empty selector names nothing).
   */
  private static @Nullable String identity(ManifestStep step, JsonNode root) {
    if (step.selectorSystemName() != null) {
      return step.selectorSystemName();
    }
    JsonNode base = JsonTrees.field(root, "BaseSharedo");
    JsonNode systemName = base != null && base.isObject() ? JsonTrees.field(base, "SystemName") : null;
    if (systemName != null && systemName.isTextual() && !systemName.textValue().isBlank()) {
      return systemName.textValue();
    }
    return step.selector().isEmpty() ? null : step.canonicalSelector();
  }

  private static JsonNode tree(byte[] bytes, StepProblems invalid) {
    JsonNode json;
    try {
      json = JsonTrees.parse(bytes);
    } catch (IOException e) {
      throw invalid.invalid("is not valid JSON (" + JsonTrees.describe(e) + ")", e);
    }
    if (json.isMissingNode()) {
      throw invalid.invalid("is empty", null);
    }
    return json;
  }

  private static JsonNode object(JsonNode json, StepProblems invalid) {
    if (!json.isObject()) {
      throw invalid.invalid("holds " + WorkTypeParser.article(json) + " where a step object belongs", null);
    }
    return json;
  }
}
