package io.sharedo.export;

import java.util.List;

/**
 * The result of a batch: one outcome per input item, in input order, and a summary.
 *
 * @param outcomes the outcomes; {@code outcomes.get(i).index() == i}
 * @param summary the totals
 */
public record BatchExportResult(List<BatchItemOutcome> outcomes, BatchSummary summary) {

  /**
   * Creates the record, checking every argument.
   *
   * @param outcomes the outcomes; {@code outcomes.get(i).index() == i}
   * @param summary the totals
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public BatchExportResult {
    outcomes = Checks.copyOf(outcomes, "outcomes");
    Checks.notNull(summary, "summary");
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).index() != i) {
        throw new IllegalArgumentException("outcomes must be in input order: outcomes[" + i + "] has index "
            + outcomes.get(i).index());
      }
    }
    if (summary.total() != outcomes.size()) {
      throw new IllegalArgumentException("summary.total must equal the number of outcomes");
    }
  }

  /**
   * The outcomes that failed.
   *
   * @return the failed outcomes, in input order
   */
  public List<BatchItemOutcome> failures() {
    return outcomes.stream().filter(o -> !o.succeeded()).toList();
  }
}
