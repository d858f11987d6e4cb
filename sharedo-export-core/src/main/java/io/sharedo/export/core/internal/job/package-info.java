/**
 * Export jobs: the create/progress/cancel requests, adaptive polling with its three limits, the
 * blocking and scheduler-driven monitors, the whole export trip with fallback, and the listener
 * wrapper that keeps a throwing listener from breaking an export. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.job;

import org.jspecify.annotations.NullMarked;
