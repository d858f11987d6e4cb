package io.sharedo.export;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one item of a batch: exactly one of {@code result} and {@code error} is set.
 *
 * @param index the item's position in the batch's input
 * @param params what was exported
 * @param result the result when the export succeeded, else null
 * @param error the failure (EXPORT_009 for items cancelled or never started), else null
 * @param duration how long the item took
 */
public record BatchItemOutcome(
    int index, ExportParams params, @Nullable ExportResult result, @Nullable ExportException error, Duration duration) {

  /**
   * Creates the record, checking every argument.
   *
   * @param index the item's position in the batch's input
   * @param params what was exported
   * @param result the result when the export succeeded, else null
   * @param error the failure (EXPORT_009 for items cancelled or never started), else null
   * @param duration how long the item took
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public BatchItemOutcome {
    Checks.atLeast(index, 0, "index");
    Checks.notNull(params, "params");
    if ((result == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of result and error must be set");
    }
    Checks.notNegative(duration, "duration");
  }

  /**
   * Whether the item succeeded.
   *
   * @return true when {@link #result()} is set
   */
  public boolean succeeded() {
    return result != null;
  }
}
