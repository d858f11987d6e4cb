package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.DependencyModel;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.RawStepModel;
import io.sharedo.export.testkit.WorkTypeModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the items of an export request against an environment's model into the steps of one
 * package, each with a fresh step id. As on a real server, a package holds the requested items only:
 * dependencies are listed, not added. Stateless.
 */
final class ExportSelection {
  static final String WORK_TYPE = "sharedo-type";

  /**
   * A requested item.
   *
   * @param provider the export provider ({@code items[].systemName})
   * @param selector the selector object as sent (camelCase)
   */
  record Item(String provider, ObjectNode selector) {
    @Nullable String systemName() {
      return JsonText.systemName(selector);
    }

    @Override
    public String toString() {
      String s = systemName();
      return provider + ":" + (s != null ? s : selector.toString());
    }
  }

  /**
   * One step of a package.
   *
   * @param id its fresh GUID
   * @param provider the export provider
   * @param systemName the system name its selector names, or null
   * @param description its manifest description
   * @param selector its selector (camelCase)
   * @param content the step file's JSON
   * @param dependencies what it needs
   */
  record Step(String id, String provider, @Nullable String systemName, String description, ObjectNode selector,
      ObjectNode content, List<DependencyModel> dependencies) {
    String storageFilename() {
      String name = systemName != null ? systemName : "item";
      return provider + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + id + ".json";
    }
  }

  /** Raised for an item the model cannot export; becomes a 400. */
  static final class UnknownItemException extends Exception {
    private static final long serialVersionUID = 1L;

    UnknownItemException(String message) {
      super(message);
    }
  }

  private ExportSelection() {}

  static List<Step> resolve(EnvironmentModel env, List<Item> items) throws UnknownItemException {
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Item item : items) {
      Step step = step(env, item);
      steps.putIfAbsent(key(step), step);
    }
    return List.copyOf(steps.values());
  }

  /** The steps followed by those of their dependencies the model holds, each once, in first-seen order. */
  static List<Step> withDependencies(EnvironmentModel env, List<Step> steps) {
    Map<String, Step> all = new LinkedHashMap<>();
    steps.forEach(s -> all.put(key(s), s));
    for (int i = 0; i < all.size(); i++) {
      Step s = List.copyOf(all.values()).get(i);
      for (DependencyModel d : s.dependencies()) {
        ObjectNode selector = Responses.JSON.createObjectNode();
        JsonText.parse(d.selectorJson(), "selector").properties().forEach(e -> selector.set(
            Character.toLowerCase(e.getKey().charAt(0)) + e.getKey().substring(1), e.getValue()));
        try {
          Step dependency = step(env, new Item(d.provider(), selector));
          all.putIfAbsent(key(dependency), dependency);
        } catch (UnknownItemException e) {
          // not in the model: listed, not included
        }
      }
    }
    return List.copyOf(all.values());
  }

  private static String key(Step s) {
    return s.provider() + "\n" + (s.systemName() != null ? s.systemName() : s.selector().toString());
  }

  static Step step(EnvironmentModel env, Item item) throws UnknownItemException {
    String id = UUID.randomUUID().toString();
    String systemName = item.systemName();
    if (item.provider().equals(WORK_TYPE)) {
      Optional<WorkTypeModel> w = systemName == null ? Optional.empty() : env.workType(systemName);
      if (w.isEmpty()) {
        throw new UnknownItemException("No work type '" + systemName + "' exists in environment '" + env.name()
            + "'; it has " + env.workTypes().stream().map(WorkTypeModel::systemName).toList());
      }
      ObjectNode selector = Responses.JSON.createObjectNode().put("systemName", systemName);
      return new Step(id, WORK_TYPE, systemName, "The '" + systemName + "' work type", selector,
          WorkTypeStepJson.of(env, w.get()), WorkTypeDependencies.of(w.get()));
    }
    for (RawStepModel raw : env.rawSteps()) {
      if (raw.provider().equals(item.provider()) && selects(item, raw)) {
        ObjectNode selector = (ObjectNode) JsonText.parse(raw.selectorJson(), "selector");
        return new Step(id, raw.provider(), raw.systemName(), raw.description(), selector,
            (ObjectNode) JsonText.parse(raw.contentJson(), "content"), raw.dependencies());
      }
    }
    throw new UnknownItemException("No " + item + " exists in environment '" + env.name() + "'");
  }

  private static boolean selects(Item item, RawStepModel raw) {
    String wanted = item.systemName();
    if (wanted != null) {
      return wanted.equals(raw.systemName());
    }
    JsonNode selector = JsonText.parse(raw.selectorJson(), "selector");
    return selector.equals(item.selector());
  }

  /** The id of the first step that satisfies a dependency (same provider, same system name or selector), or null. */
  static @Nullable String satisfying(List<Step> steps, DependencyModel dependency) {
    JsonNode selector = JsonText.parse(dependency.selectorJson(), "selector");
    String systemName = JsonText.systemName(selector);
    List<Step> matches = new ArrayList<>();
    for (Step s : steps) {
      if (s.provider().equals(dependency.provider())
          && (systemName != null ? systemName.equals(s.systemName()) : selector.equals(s.selector()))) {
        matches.add(s);
      }
    }
    return matches.isEmpty() ? null : matches.get(0).id();
  }
}
