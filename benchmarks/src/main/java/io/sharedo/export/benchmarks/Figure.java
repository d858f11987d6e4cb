package io.sharedo.export.benchmarks;

/**
 * One line of the report: what was measured, the value, the target, and whether it was met.
 *
 * @param name the figure, for example "compare 2 x 10,000 components"
 * @param measured the measured value with its unit
 * @param target the target, in words
 * @param met whether the target was met; null when it could not be judged (say why in notes)
 * @param notes how it was measured, side-by-side reference figures, or why it was skipped
 */
record Figure(String name, String measured, String target, Boolean met, String notes) {

  static Figure skipped(String name, String target, String why) {
    return new Figure(name, "-", target, null, why);
  }

  String verdict() {
    return met == null ? "SKIP" : met ? "PASS" : "MISS";
  }
}
