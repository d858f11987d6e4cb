package io.sharedo.export;

import java.time.Duration;

/**
 * Totals of a batch.
 *
 * @param total how many items the batch had
 * @param succeeded how many succeeded
 * @param failed how many failed (including cancelled ones)
 * @param duration wall-clock time of the whole batch
 */
public record BatchSummary(int total, int succeeded, int failed, Duration duration) {

  /**
   * Creates the record, checking every argument.
   *
   * @param total how many items the batch had
   * @param succeeded how many succeeded
   * @param failed how many failed (including cancelled ones)
   * @param duration wall-clock time of the whole batch
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public BatchSummary {
    Checks.atLeast(total, 0, "total");
    Checks.atLeast(succeeded, 0, "succeeded");
    Checks.atLeast(failed, 0, "failed");
    if (succeeded + failed != total) {
      throw new IllegalArgumentException(
          "succeeded + failed must equal total, was " + succeeded + " + " + failed + " != " + total);
    }
    Checks.notNegative(duration, "duration");
  }
}
