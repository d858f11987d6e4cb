package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.FieldDifference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a component's differences by section, the first segment of their pointer
 * ({@code SharedoTypeRoles}, {@code BaseSharedo}), so that a report on a large work type reads
 * section by section. Stateless and thread-safe.
 */
final class Sections {
  private Sections() {}

  /** The differences by section, sections in order of first appearance, differences in their order. */
  static Map<String, List<FieldDifference>> group(List<FieldDifference> differences) {
    Map<String, List<FieldDifference>> sections = new LinkedHashMap<>();
    for (FieldDifference difference : differences) {
      sections.computeIfAbsent(of(difference.pointer()), s -> new ArrayList<>()).add(difference);
    }
    return sections;
  }

  /** A pointer's section: its first reference token, unescaped; empty for the whole document. */
  static String of(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    int end = pointer.indexOf('/', 1);
    String token = pointer.substring(1, end < 0 ? pointer.length() : end);
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** For example {@code 1 added, 2 changed}: the kinds present, in the order added, removed, changed. */
  static String describe(List<FieldDifference> differences) {
    return DifferenceCounts.of(differences).describe();
  }
}
