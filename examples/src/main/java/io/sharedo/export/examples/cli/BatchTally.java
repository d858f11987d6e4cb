package io.sharedo.export.examples.cli;

/**
 * The counts of a batch as the progress display shows them: how many items finished, and of those
 * how many failed, were cancelled while running, or never started (a cancelled batch's items that
 * no export had begun). Not thread-safe: guarded by the renderer's lock.
 */
final class BatchTally {
  private int total;
  private int finished;
  private int succeeded;
  private int failed;
  private int cancelled;
  private int notStarted;

  /**
   * Counts one finished item.
   *
   * @param finishedSoFar the batch's count of finished items, this one included
   * @param batchTotal the batch's size
   * @param outcome what became of it
   */
  void add(int finishedSoFar, int batchTotal, Outcome outcome) {
    finished = finishedSoFar;
    total = batchTotal;
    switch (outcome) {
      case FAILED -> failed++;
      case CANCELLED -> cancelled++;
      case NOT_STARTED -> notStarted++;
      case SUCCEEDED -> succeeded++;
    }
  }

  /**
   * Sets the batch's size before any item finished.
   *
   * @param batchTotal the number of items
   */
  void expect(int batchTotal) {
    total = Math.max(total, batchTotal);
  }

  int total() {
    return total;
  }

  int finished() {
    return finished;
  }

  /**
   * The items whose export ran to its end, exported or failed (not those cancelled or never begun).
   *
   * @return the count
   */
  int completed() {
    return succeeded + failed;
  }

  int succeeded() {
    return succeeded;
  }

  int failed() {
    return failed;
  }

  int cancelled() {
    return cancelled;
  }

  boolean allFinished() {
    return total > 0 && finished >= total;
  }

  /**
   * What went wrong, for the overall line: {@code "  1 failed, 2 not started"}, or {@code ""}.
   *
   * @return the text, with two leading spaces, or ""
   */
  String problems() {
    StringBuilder text = new StringBuilder();
    append(text, failed, "failed");
    append(text, cancelled, "cancelled");
    append(text, notStarted, "not started");
    return text.length() == 0 ? "" : "  " + text;
  }

  private static void append(StringBuilder text, int count, String what) {
    if (count > 0) {
      text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(what);
    }
  }

  /** What became of one item. */
  enum Outcome {
    /** Exported. */
    SUCCEEDED,
    /** Its export failed. */
    FAILED,
    /** Cancelled while its export ran. */
    CANCELLED,
    /** Cancelled before its export began. */
    NOT_STARTED
  }
}
