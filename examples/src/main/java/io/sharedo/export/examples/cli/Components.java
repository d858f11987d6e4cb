package io.sharedo.export.examples.cli;

import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.RawComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Counts a package's components: its work types, then the other steps per provider. Stateless,
 * thread-safe.
 */
final class Components {

  private Components() {}

  /**
   * The number of work types and of each other provider's steps; kinds with none are left out.
   *
   * @param pkg the package
   * @return "workTypes", then each other provider's name, to its count
   */
  static Map<String, Integer> count(ExportPackage pkg) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (!pkg.workTypes().isEmpty()) {
      counts.put("workTypes", pkg.workTypes().size());
    }
    for (RawComponent other : pkg.others()) {
      counts.merge(other.provider(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * The counts as a sentence: {@code 1 work type, 2 global-feature steps}.
   *
   * @param pkg the package
   * @return the text ("no components" when empty)
   */
  static String describe(ExportPackage pkg) {
    StringJoiner text = new StringJoiner(", ");
    count(pkg).forEach((kind, count) -> text.add(kind.equals("workTypes")
        ? count + (count == 1 ? " work type" : " work types")
        : count + " " + kind + (count == 1 ? " step" : " steps")));
    return text.length() == 0 ? "no components" : text.toString();
  }
}
