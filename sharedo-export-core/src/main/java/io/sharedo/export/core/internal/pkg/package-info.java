/**
 * Not API: the implementation behind {@link io.sharedo.export.core.pkg.PackageReader}. ZIP structure
 * validation ({@code StructureValidator}, {@code EntryNames}), safe extraction with limits counted on
 * the real inflated bytes ({@code SafeExtractor}, {@code InflationBudget}, {@code ExtractionTarget}),
 * and the streamed manifest and the step files parsed with Jackson ({@code ManifestParser},
 * {@code StepReader}, {@code StepFiles}, {@code WorkTypeParser}, {@code PackageParser}). May change in any release.
 */
@NullMarked
package io.sharedo.export.core.internal.pkg;

import org.jspecify.annotations.NullMarked;
