package io.sharedo.export.core.internal.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.core.compare.ComparisonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Pretty-printed JSON with a fixed field order, streamed so a large comparison is never held twice
 * in memory:
 *
 * <pre>{@code
 * {"left": "uat", "right": "prod",
 *  "summary": {"total": 4, "added": 1, "removed": 1, "changed": 1, "unchanged": 1},
 *  "manifestDifferences": [{"section": "SharedoVersion", "pointer": "/SharedoVersion", ...}],
 *  "components": [{"provider": "...", "identity": "...", "kind": "CHANGED",
 *                  "differences": [{"section": "Phases", "pointer": "/Phases/open/Name", "kind": "CHANGED",
 *                                   "left": "Open", "right": "Opened"}]}]}
 * }</pre>
 *
 * Every component is listed, unchanged ones too. An absent side of a difference is {@code null}
 * (the difference's kind says which side is absent). Stateless and thread-safe.
 */
public final class JsonComparisonRenderer implements ComparisonRenderer {
  /** The one instance. */
  public static final JsonComparisonRenderer INSTANCE = new JsonComparisonRenderer();

  private JsonComparisonRenderer() {}

  @Override
  public void render(ComparisonResult result, Writer out) throws IOException {
    Arguments.notNull(result, "result");
    Arguments.notNull(out, "out");
    ComparisonCounts counts = ComparisonCounts.of(result);
    try (JsonGenerator json = CompactJson.MAPPER.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("left", result.left());
      json.writeStringField("right", result.right());
      json.writeObjectFieldStart("summary");
      json.writeNumberField("total", counts.total());
      json.writeNumberField("added", counts.added());
      json.writeNumberField("removed", counts.removed());
      json.writeNumberField("changed", counts.changed());
      json.writeNumberField("unchanged", counts.unchanged());
      json.writeEndObject();
      json.writeArrayFieldStart("manifestDifferences");
      writeDifferences(result.manifestDifferences(), json);
      json.writeEndArray();
      json.writeArrayFieldStart("components");
      for (ComponentComparison component : result.components()) {
        writeComponent(component, json);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeRaw('\n');
    }
    out.flush();
  }

  private static void writeComponent(ComponentComparison component, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("provider", component.key().provider());
    json.writeStringField("identity", component.key().identity());
    json.writeStringField("kind", component.kind().name());
    json.writeArrayFieldStart("differences");
    writeDifferences(component.differences(), json);
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeDifferences(List<FieldDifference> differences, JsonGenerator json) throws IOException {
    for (FieldDifference difference : differences) {
      json.writeStartObject();
      json.writeStringField("section", Sections.of(difference.pointer()));
      json.writeStringField("pointer", difference.pointer());
      json.writeStringField("kind", difference.kind().name());
      json.writeFieldName("left");
      json.writeObject(difference.left());
      json.writeFieldName("right");
      json.writeObject(difference.right());
      json.writeEndObject();
    }
  }
}
