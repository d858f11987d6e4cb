package io.sharedo.export.examples.cli;

import io.sharedo.export.component.ExportPackage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Counts a package's components per kind, for summaries. Stateless, thread-safe.
 */
final class Components {

  private Components() {}

  /**
   * The number of components of each kind that the package holds; kinds with none are left out.
   *
   * @param pkg the package
   * @return kind (as in the JSON output, for example "workTypes") to count, in a fixed order
   */
  static Map<String, Integer> count(ExportPackage pkg) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    put(counts, "workTypes", pkg.workTypes().size());
    put(counts, "workflows", pkg.workflows().size());
    put(counts, "forms", pkg.forms().size());
    put(counts, "optionSets", pkg.optionSets().size());
    put(counts, "permissions", pkg.permissions().size());
    put(counts, "templates", pkg.templates().size());
    put(counts, "others", pkg.others().size());
    return counts;
  }

  /**
   * The counts as a sentence: {@code 1 work type, 3 workflows, 2 forms}.
   *
   * @param pkg the package
   * @return the text ("no components" when empty)
   */
  static String describe(ExportPackage pkg) {
    StringJoiner text = new StringJoiner(", ");
    add(text, pkg.workTypes().size(), "work type");
    add(text, pkg.workflows().size(), "workflow");
    add(text, pkg.forms().size(), "form");
    add(text, pkg.optionSets().size(), "option set");
    add(text, pkg.permissions().size(), "permission");
    add(text, pkg.templates().size(), "template");
    add(text, pkg.others().size(), "other component");
    return text.length() == 0 ? "no components" : text.toString();
  }

  private static void put(Map<String, Integer> counts, String kind, int count) {
    if (count > 0) {
      counts.put(kind, count);
    }
  }

  private static void add(StringJoiner text, int count, String noun) {
    if (count > 0) {
      text.add(count + " " + noun + (count == 1 ? "" : "s"));
    }
  }
}
