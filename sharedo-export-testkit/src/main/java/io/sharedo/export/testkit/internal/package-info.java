/**
 * The fake server's implementation: routing, tokens, jobs, package building, faults. Not API; it may
 * change in any release.
 */
@NullMarked
package io.sharedo.export.testkit.internal;

import org.jspecify.annotations.NullMarked;
