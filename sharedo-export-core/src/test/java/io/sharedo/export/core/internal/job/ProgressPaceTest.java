package io.sharedo.export.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressPaceTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void hasNoEstimateWhileTheJobReportsNoProgress() {
    ProgressPace pace = new ProgressPace(true);

    assertThat(pace.observe(2 * SECOND, 0)).isNull();
    assertThat(pace.observe(4 * SECOND, 0)).isNull();
  }

  @Test
  void estimatesFromCreationWhenOnlyOnePercentageIsKnown() {
    ProgressPace pace = new ProgressPace(true);

    ProgressPace.Estimate estimate = pace.observe(2 * SECOND, 10);

    assertThat(estimate.fromTwoObservations()).isFalse();
    assertThat(estimate.nanosPerPoint()).isEqualTo(SECOND / 5);
    assertThat(estimate.remainingNanos()).isEqualTo(18 * SECOND);
  }

  @Test
  void hasNoOnePointEstimateWithoutTheCreationTime() {
    ProgressPace pace = new ProgressPace(false);

    assertThat(pace.observe(2 * SECOND, 10)).isNull();
  }

  @Test
  void measuresThePaceBetweenTheFirstRunningObservationAndNow() {
    ProgressPace pace = new ProgressPace(true);
    pace.observe(SECOND, 0);
    pace.observe(5 * SECOND, 10);

    ProgressPace.Estimate estimate = pace.observe(7 * SECOND, 30);

    // 20 points in 2 s, whatever the job spent queued before its first 10 points.
    assertThat(estimate.fromTwoObservations()).isTrue();
    assertThat(estimate.nanosPerPoint()).isEqualTo(SECOND / 10);
    assertThat(estimate.remainingNanos()).isEqualTo(7 * SECOND);
  }

  @Test
  void boundsTheEndByTheSlowestPaceTheRoundedReportsAllow() {
    ProgressPace pace = new ProgressPace(false);
    pace.observe(SECOND, 10);

    ProgressPace.Estimate estimate = pace.observe(3 * SECOND, 31);

    // 21 points reported in 2 s may be just over 20: 0.1 s a point, 69 points left.
    assertThat(estimate.latestRemainingNanos()).isEqualTo(69 * SECOND / 10);
    assertThat(estimate.latestRemainingNanos()).isGreaterThan(estimate.remainingNanos());
  }

  @Test
  void hasNoPaceWhileThePercentageStandsStill() {
    ProgressPace pace = new ProgressPace(false);
    pace.observe(SECOND, 40);

    assertThat(pace.observe(3 * SECOND, 40)).isNull();
  }

  @Test
  void predictsNothingLeftAtOneHundredPercent() {
    ProgressPace pace = new ProgressPace(false);
    pace.observe(SECOND, 50);

    assertThat(pace.observe(2 * SECOND, 100).remainingNanos()).isZero();
  }
}
