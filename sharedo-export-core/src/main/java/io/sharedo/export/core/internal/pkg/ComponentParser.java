package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.Attribute;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.Form;
import io.sharedo.export.component.OptionSet;
import io.sharedo.export.component.Permission;
import io.sharedo.export.component.Providers;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.Template;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.component.Workflow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns one component's JSON object into the typed record its provider calls for, or a
 * {@link RawComponent} for a provider this library does not know. Every record keeps the complete
 * object as its properties. Lenient where leniency cannot hide a problem (a list of names may hold
 * strings or objects with a {@code systemName}; a missing list is empty), strict where a wrong value
 * would silently change meaning (a {@code systemName} that is missing, or a date that is not one).
 * Thread-safe: no state.
 */
final class ComponentParser {
  private final Path zip;
  private final String file;

  /**
   * Creates a parser for the components of one step file.
   *
   * @param zip the package file, for messages
   * @param file the step file's name inside the package, for messages
   */
  ComponentParser(Path zip, String file) {
    this.zip = zip;
    this.file = file;
  }

  /**
   * Parses one component.
   *
   * @param provider the export provider that produced it
   * @param json a JSON object
   * @return the typed component
   * @throws io.sharedo.export.ExportException EXPORT_006 naming the file and the field at fault
   */
  Component parse(String provider, JsonNode json) {
    if (!json.isObject()) {
      throw invalid("holds a " + json.getNodeType().name().toLowerCase(Locale.ROOT)
          + " where a component object belongs");
    }
    JsonNode systemNameNode = json.get("systemName");
    if (systemNameNode == null || !systemNameNode.isTextual() || systemNameNode.textValue().isBlank()) {
      throw invalid("holds a component without a systemName");
    }
    String systemName = systemNameNode.textValue();
    Map<String, Object> properties = JsonTrees.toMap(json);
    String name = text(json, "name", systemName);
    String description = text(json, "description", systemName);
    try {
      switch (provider) {
        case Providers.WORK_TYPE:
          return new WorkType(systemName, orEmpty(name), description,
              bool(json, "isActive", systemName), text(json, "parentSystemName", systemName),
              attributes(json, systemName), names(json, "roles", systemName), names(json, "workflows", systemName),
              instant(json, "lastModified", systemName), properties);
        case Providers.WORKFLOW:
          return new Workflow(systemName, orEmpty(name), description, names(json, "steps", systemName), properties);
        case Providers.FORM:
          return new Form(systemName, orEmpty(name), description, names(json, "fields", systemName), properties);
        case Providers.OPTION_SET:
          return new OptionSet(systemName, orEmpty(name), description, names(json, "options", systemName), properties);
        case Providers.PERMISSION:
          return new Permission(systemName, orEmpty(name), description, names(json, "roles", systemName), properties);
        case Providers.TEMPLATE:
          return new Template(systemName, orEmpty(name), description, names(json, "outputs", systemName), properties);
        default:
          return new RawComponent(provider, systemName, orEmpty(name), properties);
      }
    } catch (IllegalArgumentException e) {
      throw invalid("holds component " + systemName + " that is not valid (" + e.getMessage() + ")");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private String text(JsonNode json, String field, String systemName) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw invalid("holds component " + systemName + " whose " + field + " is not text");
    }
    return value.asText();
  }

  private boolean bool(JsonNode json, String field, String systemName) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return true; // ShareDo omits the flag for active items
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    String text = value.isTextual() ? value.textValue() : "";
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw invalid("holds component " + systemName + " whose " + field + " is not true or false");
  }

  private Instant instant(JsonNode json, String field, String systemName) {
    String text = text(json, field, systemName);
    if (text == null) {
      return null;
    }
    return Instants.parse(text).orElseThrow(() ->
        invalid("holds component " + systemName + " whose " + field + " is not an ISO-8601 instant: " + text));
  }

  /** The names in a list that may hold strings or objects with a systemName; missing or null is empty. */
  private List<String> names(JsonNode json, String field, String systemName) {
    List<String> names = new ArrayList<>();
    for (JsonNode element : array(json, field, systemName)) {
      if (element.isNull()) {
        continue;
      }
      if (element.isValueNode()) {
        names.add(element.asText());
      } else if (element.isObject() && element.path("systemName").isTextual()) {
        names.add(element.get("systemName").textValue());
      } else {
        throw invalid("holds component " + systemName + " whose " + field
            + " has an element that is neither a name nor an object with a systemName");
      }
    }
    return names;
  }

  private List<Attribute> attributes(JsonNode json, String systemName) {
    List<Attribute> attributes = new ArrayList<>();
    for (JsonNode element : array(json, "attributes", systemName)) {
      if (!element.isObject() || !element.path("systemName").isTextual()) {
        throw invalid("holds component " + systemName + " with an attribute that has no systemName");
      }
      attributes.add(new Attribute(element.get("systemName").textValue(),
          text(element, "type", systemName), element.path("required").asBoolean(false)));
    }
    return attributes;
  }

  private Iterable<JsonNode> array(JsonNode json, String field, String systemName) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw invalid("holds component " + systemName + " whose " + field + " is not a list");
    }
    return value;
  }

  private RuntimeException invalid(String problem) {
    return PackageErrors.invalid(zip, "has a step file " + file + " that " + problem,
        "it was not made by a ShareDo export, or was damaged; " + PackageErrors.DOWNLOAD_AGAIN, null,
        "entry", file);
  }
}
