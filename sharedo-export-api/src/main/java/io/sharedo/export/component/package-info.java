/**
 * What an export contains, and how two exports compare.
 *
 * <p>{@link io.sharedo.export.component.ExportPackage} is a parsed package: its
 * {@link io.sharedo.export.component.PackageManifest} and its components, each a
 * {@link io.sharedo.export.component.Component} ({@link io.sharedo.export.component.WorkType},
 * {@link io.sharedo.export.component.Workflow}, ... or {@link io.sharedo.export.component.RawComponent}
 * for providers this library does not know). {@link io.sharedo.export.component.ComparisonResult} is
 * what comparing two packages gives: per component ADDED, REMOVED, CHANGED or UNCHANGED, and for
 * a changed one each difference as a JSON Pointer with both values.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/ClientSnippets.java#component-package -->
 * <pre>{@code
 * ComparisonResult diff = exports.compareExports(ExportType.WORKTYPE, "matter", "uat", "vnext");
 * for (ComponentComparison c : diff.components()) {
 *   if (c.kind() == ChangeKind.CHANGED) {
 *     c.differences().forEach(d -> System.out.println(c.key() + d.pointer()));
 *   }
 * }
 * }</pre>
 *
 * <p>Every type here is immutable and safe to share between threads.
 */
package io.sharedo.export.component;
