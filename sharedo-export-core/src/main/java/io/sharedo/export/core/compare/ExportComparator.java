package io.sharedo.export.core.compare;

import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.internal.compare.DefaultExportComparator;

/**
 * Compares two parsed export packages component by component, without a server.
 *
 * <p>Components are matched by {@link io.sharedo.export.component.ComponentKey} (provider and
 * system name). For a component on both sides, the {@link io.sharedo.export.component.Component#properties()
 * JSON} is compared structurally: arrays of named objects are matched by {@code systemName}, arrays
 * of strings are compared as sets, other arrays by position, numbers by value, and the
 * {@linkplain CompareOptions#ignoredFields() ignored fields} are skipped at any depth. Each
 * difference is addressed by a JSON Pointer (RFC 6901) whose array segments are system names or
 * strings rather than indexes where the rules above apply. The rules are spelled out in
 * {@code docs/COMPARE.md}.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/CompareSnippets.java#ExportComparator -->
 * <pre>{@code
 * ExportComparator comparator = ExportComparator.create(CompareOptions.defaults());
 * ComparisonResult diff = comparator.compare("uat", uatPackage, "prod", prodPackage);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe: one comparator may serve many comparisons at once.
 */
public interface ExportComparator {

  /**
   * A comparator with the given options.
   *
   * @param options which fields to ignore
   * @return a thread-safe comparator
   * @throws IllegalArgumentException when options is null
   */
  static ExportComparator create(CompareOptions options) {
    return new DefaultExportComparator(options);
  }

  /**
   * A comparator with {@link CompareOptions#defaults()}: volatile fields such as
   * {@code lastModified} and ids are ignored.
   *
   * @return a thread-safe comparator
   */
  static ExportComparator ofDefaults() {
    return create(CompareOptions.defaults());
  }

  /**
   * Compares two packages.
   *
   * @param leftLabel a name for the left side, for example an environment or a file name
   * @param left the left package
   * @param rightLabel a name for the right side
   * @param right the right package
   * @return one entry per component found on either side, sorted by key; for a changed one, its
   *     differences in document order
   * @throws IllegalArgumentException when an argument is null or a label is blank
   */
  ComparisonResult compare(String leftLabel, ExportPackage left, String rightLabel, ExportPackage right);
}
