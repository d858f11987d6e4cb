/**
 * The JSON diff behind {@link io.sharedo.export.core.compare.ExportComparator} and the renderers
 * behind {@link io.sharedo.export.core.compare.ComparisonRenderer}. Not API: may change in any
 * release.
 */
@NullMarked
package io.sharedo.export.core.internal.compare;

import org.jspecify.annotations.NullMarked;
