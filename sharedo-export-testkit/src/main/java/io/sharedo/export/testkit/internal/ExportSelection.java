package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.WorkType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves requested export items against an environment's model into the ordered, de-duplicated
 * components a package holds, pulling in a work type's dependencies when asked. Stateless.
 */
final class ExportSelection {
  static final String WORK_TYPE = "sharedo-type";
  static final String WORKFLOW = "sharedo-workflow";
  static final String FORM = "sharedo-form";
  static final String OPTION_SET = "sharedo-option-set";
  static final String PERMISSION = "sharedo-permission";
  static final String TEMPLATE = "sharedo-template";
  static final String GLOBAL = "global-feature";

  /** A requested item: export provider and selected system name. */
  record Item(String provider, String systemName) {
    @Override
    public String toString() {
      return provider + ":" + systemName;
    }
  }

  /** One component in a package. */
  record Step(String provider, String systemName, String description, ObjectNode json) {}

  /** Raised for an item the model cannot export; becomes a 400. */
  static final class UnknownItemException extends Exception {
    private static final long serialVersionUID = 1L;

    UnknownItemException(String message) {
      super(message);
    }
  }

  private ExportSelection() {}

  static List<Step> resolve(EnvironmentModel env, List<Item> items, boolean includeDependencies)
      throws UnknownItemException {
    Map<String, Step> steps = new LinkedHashMap<>();
    for (Item item : items) {
      add(steps, step(env, item));
      if (item.provider().equals(GLOBAL)) {
        for (Item all : everything(env)) {
          add(steps, step(env, all));
        }
      } else if (includeDependencies) {
        for (Item dependency : dependencies(env, item)) {
          step(env, dependency).ifPresent(s -> steps.putIfAbsent(s.provider() + ":" + s.systemName(), s));
        }
      }
    }
    return List.copyOf(steps.values());
  }

  private static void add(Map<String, Step> steps, Optional<Step> step) {
    step.ifPresent(s -> steps.putIfAbsent(s.provider() + ":" + s.systemName(), s));
  }

  /** The items a work type pulls in that exist in the model; other providers pull in nothing. */
  static List<Item> dependencies(EnvironmentModel env, Item item) throws UnknownItemException {
    step(env, item);
    List<Item> result = new ArrayList<>();
    if (item.provider().equals(WORK_TYPE)) {
      WorkType w = env.workType(item.systemName()).orElseThrow();
      w.workflows().stream().filter(s -> env.workflow(s).isPresent()).forEach(s -> result.add(new Item(WORKFLOW, s)));
      w.forms().stream().filter(s -> env.form(s).isPresent()).forEach(s -> result.add(new Item(FORM, s)));
      w.optionSets().stream().filter(s -> env.optionSet(s).isPresent())
          .forEach(s -> result.add(new Item(OPTION_SET, s)));
      w.permissions().stream().filter(s -> env.permission(s).isPresent())
          .forEach(s -> result.add(new Item(PERMISSION, s)));
      w.templates().stream().filter(s -> env.template(s).isPresent()).forEach(s -> result.add(new Item(TEMPLATE, s)));
    } else if (item.provider().equals(GLOBAL)) {
      result.addAll(everything(env));
    }
    return result;
  }

  private static List<Item> everything(EnvironmentModel env) {
    List<Item> all = new ArrayList<>();
    env.workTypes().forEach(c -> all.add(new Item(WORK_TYPE, c.systemName())));
    env.workflows().forEach(c -> all.add(new Item(WORKFLOW, c.systemName())));
    env.forms().forEach(c -> all.add(new Item(FORM, c.systemName())));
    env.optionSets().forEach(c -> all.add(new Item(OPTION_SET, c.systemName())));
    env.permissions().forEach(c -> all.add(new Item(PERMISSION, c.systemName())));
    env.templates().forEach(c -> all.add(new Item(TEMPLATE, c.systemName())));
    return all;
  }

  /** The step for one item; empty for the global item itself, which stands for everything. */
  private static Optional<Step> step(EnvironmentModel env, Item item) throws UnknownItemException {
    String s = item.systemName();
    Optional<Step> step;
    switch (item.provider()) {
      case WORK_TYPE -> step = env.workType(s).map(c -> new Step(WORK_TYPE, s,
          "Exporting work type '" + s + "'", ComponentJson.workType(c)));
      case WORKFLOW -> step = env.workflow(s).map(c -> new Step(WORKFLOW, s,
          "Exporting workflow '" + s + "'", ComponentJson.workflow(c)));
      case FORM -> step = env.form(s).map(c -> new Step(FORM, s,
          "Exporting form '" + s + "'", ComponentJson.form(c)));
      case OPTION_SET -> step = env.optionSet(s).map(c -> new Step(OPTION_SET, s,
          "Exporting option set '" + s + "'", ComponentJson.optionSet(c)));
      case PERMISSION -> step = env.permission(s).map(c -> new Step(PERMISSION, s,
          "Exporting permission '" + s + "'", ComponentJson.permission(c)));
      case TEMPLATE -> step = env.template(s).map(c -> new Step(TEMPLATE, s,
          "Exporting template '" + s + "'", ComponentJson.template(c)));
      case GLOBAL -> {
        return Optional.empty();
      }
      default -> throw new UnknownItemException("Unknown export provider '" + item.provider()
          + "'; known: sharedo-type, sharedo-workflow, sharedo-form, sharedo-option-set, sharedo-permission, "
          + "sharedo-template, global-feature");
    }
    if (step.isEmpty()) {
      throw new UnknownItemException("No " + item.provider() + " '" + s + "' exists in environment '"
          + env.name() + "'");
    }
    return step;
  }
}
