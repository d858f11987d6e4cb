package io.sharedo.export.benchmarks;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.compare.ExportComparator;

/** Figure 5: two exports of 10,000 components each, 5% changed, compared in under a second. */
final class CompareFigure {
  private static final int COMPONENTS = 10_000;
  private static final int CHANGED_EVERY = 20;

  private CompareFigure() {}

  static Figure run() throws Exception {
    ExportPackage left = SyntheticPackages.workTypes(COMPONENTS, 0, 1);
    ExportPackage right = SyntheticPackages.workTypes(COMPONENTS, CHANGED_EVERY, 2);
    ExportComparator comparator = ExportComparator.ofDefaults();
    ComparisonResult[] last = new ComparisonResult[1];
    long nanos = Timing.medianNanos(3, 7, () -> last[0] = comparator.compare("left", left, "right", right));
    long changed = last[0].count(ChangeKind.CHANGED);
    if (changed != COMPONENTS / CHANGED_EVERY) {
      throw new IllegalStateException("expected " + COMPONENTS / CHANGED_EVERY + " changed components, found " + changed);
    }
    double perSecond = 2.0 * COMPONENTS / (nanos / 1e9);
    return new Figure("compare 2 x 10,000 components, 5% changed", Timing.millis(nanos), "< 1 s",
        nanos < 1_000_000_000L,
        String.format("median of 7 after 3 warm-ups; %,.0f components/s; %d changed found", perSecond, changed));
  }
}
