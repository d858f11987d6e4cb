/**
 * What an export contains, and how two exports compare.
 *
 * <p>{@link io.sharedo.export.component.ExportPackage} is a parsed package: its
 * {@link io.sharedo.export.component.PackageManifest} and its components, each a
 * {@link io.sharedo.export.component.Component}: a {@link io.sharedo.export.component.WorkType}
 * (with its phases, transitions, roles and role permissions typed) or a
 * {@link io.sharedo.export.component.RawComponent} for every other provider. Each
 * {@link io.sharedo.export.component.ManifestStep} lists its
 * {@link io.sharedo.export.component.StepDependency dependencies} and whether the package includes them.
 * {@link io.sharedo.export.component.ComparisonResult} is what comparing two packages gives: per component ADDED, REMOVED, CHANGED or UNCHANGED, and for
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
@NullMarked
package io.sharedo.export.component;

import org.jspecify.annotations.NullMarked;
