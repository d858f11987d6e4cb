/**
 * Comparing two exports and rendering the comparison.
 *
 * <p>{@link io.sharedo.export.core.compare.ExportComparator} compares two parsed packages (from
 * two environments, or two package files on disk) into a
 * {@link io.sharedo.export.component.ComparisonResult};
 * {@link io.sharedo.export.core.compare.ComparisonRenderer} renders it as text, JSON or HTML.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/CompareSnippets.java#compare-package -->
 * <pre>{@code
 * ExportComparator comparator = ExportComparator.create(CompareOptions.defaults().ignoring(Set.of("Owner")));
 * ComparisonResult diff = comparator.compare("uat", uatPackage, "prod", prodPackage);
 * if (diff.hasDifferences()) {
 *   System.out.print(ComparisonRenderer.text().render(diff));
 *   try (Writer out = Files.newBufferedWriter(Path.of("uat-vs-prod.html"))) {
 *     ComparisonRenderer.html().render(diff, out);
 *   }
 * }
 * }</pre>
 *
 * <p>Everything here is immutable and thread-safe.
 */
@NullMarked
package io.sharedo.export.core.compare;

import org.jspecify.annotations.NullMarked;
