/**
 * The job journal: one small JSON file per monitored job (id, parameters, phase; never a secret),
 * written atomically, read back by {@code recoverInterruptedJobs}. Not API.
 */
@NullMarked
package io.sharedo.export.core.internal.journal;

import org.jspecify.annotations.NullMarked;
