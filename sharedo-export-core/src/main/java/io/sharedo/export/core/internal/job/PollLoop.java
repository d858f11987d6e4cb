package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportTimeoutException;
import io.sharedo.export.JobState;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.RecoveryPolicy.Action;
import io.sharedo.export.core.RecoveryPolicy.Decision;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.Deadline;
import io.sharedo.export.core.internal.http.Retrier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring of one job as a sequence of single polls, so that the same logic serves the
 * blocking monitor (sleeping on the caller's thread) and the asynchronous one (a shared scheduler).
 * Enforces the deadline, the poll budget and the stall limit; reports progress (never backwards)
 * and stalls. Chooses each wait: backing off while the job's pace is unknown, then aiming at the
 * end its pace predicts ({@link ProgressPace}). Not thread-safe: one poll at a time, which both
 * drivers guarantee.
 */
public final class PollLoop {
  /** The step reported while a complete job's package is being built (the server names none). */
  static final String PACKAGING_STEP = "packaging the export";
  /** Aimed waits are never shorter than this fraction of the initial interval. */
  private static final int SHORTEST_WAIT_DIVISOR = 5;

  private final JobApi api;
  private final ExportJob job;
  private final Duration deadline;
  private final PollPolicy policy;
  private final Retrier retrier;
  private final ExportListener listener;
  private final RequestThrottle throttle;
  private final long startNanos;
  private long deadlineNanos;
  private long lastProgressNanos;
  private int polls;
  private int extensions;
  private int percentage = -1;
  private @Nullable String step;
  private boolean stallReported;
  private Duration interval;
  /** The clock the job's pace is timed by: monotonic in use, a simulated one in tests. */
  private final LongSupplier paceNanos;
  /** Time 0 of the pace on that clock: the job's creation when seen fresh, else the loop's start. */
  private final long paceOrigin;
  private final Duration firstDelay;
  private final ProgressPace pace;
  /** The percentage seen when the last wait aimed at the predicted end, or -1 after other waits. */
  private int aimedFrom = -1;
  private int missedAims;
  /** How far before the predicted end the last aimed wait ended, when it aimed early on purpose. */
  private long earlyByNanos;

  /** What one poll found: the final status, or how long to wait before the next poll. */
  public record Outcome(@Nullable JobStatus finished, @Nullable Duration nextDelay) {}

  /**
   * Starts monitoring now.
   *
   * @param api the environment's job API
   * @param job the job
   * @param deadline the overall deadline
   * @param policy intervals and limits
   * @param retrier asked whether to extend the deadline
   * @param listener receives progress and stall events
   * @param throttle paces the requests
   */
  public PollLoop(JobApi api, ExportJob job, Duration deadline, PollPolicy policy, Retrier retrier,
      ExportListener listener, RequestThrottle throttle) {
    this(api, job, deadline, policy, retrier, listener, throttle, Clock.systemUTC(), System::nanoTime);
  }

  /**
   * As the other constructor, with the job's age and pace told by {@code clock}: for a simulation
   * whose server runs on a manual clock (deadlines and stalls stay on real time).
   *
   * @param api the environment's job API
   * @param job the job
   * @param deadline the overall deadline
   * @param policy intervals and limits
   * @param retrier asked whether to extend the deadline
   * @param listener receives progress and stall events
   * @param throttle paces the requests
   * @param clock the clock the job's creation time and its progress are read on
   */
  public PollLoop(JobApi api, ExportJob job, Duration deadline, PollPolicy policy, Retrier retrier,
      ExportListener listener, RequestThrottle throttle, Clock clock) {
    this(api, job, deadline, policy, retrier, listener, throttle, clock, () -> epochNanos(clock.instant()));
  }

  private PollLoop(JobApi api, ExportJob job, Duration deadline, PollPolicy policy, Retrier retrier,
      ExportListener listener, RequestThrottle throttle, Clock clock, LongSupplier paceNanos) {
    this.api = api;
    this.job = job;
    this.deadline = deadline;
    this.policy = policy;
    this.retrier = retrier;
    this.listener = listener;
    this.throttle = throttle;
    this.startNanos = System.nanoTime();
    this.deadlineNanos = startNanos + deadline.toNanos();
    this.lastProgressNanos = startNanos;
    this.interval = policy.initialInterval();
    // A job the server accepted a moment ago is still starting: polling it at once only costs a
    // request. Such a job is polled once its initial interval has passed since its creation, and
    // its creation is then time 0 of the pace estimate.
    // A reference carries no creation time: it is a job of unknown age, polled at once.
    Duration age = job.createdAt() == null ? Duration.ofDays(1) : Duration.between(job.createdAt(), clock.instant());
    boolean fresh = !age.isNegative() && age.compareTo(policy.initialInterval()) < 0;
    // Like every wait, the first one ends no later than the deadline or the stall limit.
    this.firstDelay = fresh ? min(jittered(policy.initialInterval()).minus(age), min(deadline, policy.stallTimeout()))
        : Duration.ZERO;
    this.pace = new ProgressPace(fresh);
    this.paceNanos = paceNanos;
    this.paceOrigin = paceNanos.getAsLong() - (fresh ? age.toNanos() : 0);
  }

  private static long epochNanos(Instant instant) {
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  /**
   * How long to wait before the first {@link #poll()}: zero for a job created earlier, the rest of
   * the initial interval for a job created a moment ago.
   *
   * @return the wait, never negative
   */
  public Duration firstDelay() {
    return firstDelay.isNegative() ? Duration.ZERO : firstDelay;
  }

  /**
   * The job being monitored.
   *
   * @return the job
   */
  public ExportJob job() {
    return job;
  }

  /**
   * Checks the limits, polls once, and says what comes next.
   *
   * @return the outcome
   * @throws ExportException EXPORT_002 when a limit is exceeded, EXPORT_003 when the job failed
   */
  public Outcome poll() {
    checkDeadline();
    if (polls >= policy.pollBudget()) {
      throw new ExportTimeoutException(policy.pollBudget(), job.jobId(),
          "job " + job.jobId() + " did not finish within the poll budget of " + policy.pollBudget()
              + " progress requests; raise PollPolicy.pollBudget or check the server");
    }
    polls++;
    JobApi.Polled polled = api.progress(job, job.params(), Deadline.at(deadlineNanos), throttle);
    JobStatus status = polled.status();
    long now = System.nanoTime();
    if (status.state() == JobState.FAILED) {
      String why = status.errorMessage() != null ? status.errorMessage()
          : status.currentStep() != null ? status.currentStep() : "no reason given";
      Map<String, String> details = new HashMap<>();
      details.put("jobId", job.jobId());
      details.put("serverMessage", why);
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "job " + job.jobId() + " failed on the server: " + why, details, null);
    }
    if (status.state() == JobState.CANCELLED) {
      throw new ExportException(ExportErrorCode.JOB_FAILED,
          "job " + job.jobId() + " was cancelled on the server; start a new export", Map.of("jobId", job.jobId()), null);
    }
    // A complete job without its package is packaging (ShareDo's UI waits for packageAvailable).
    String shownStep = status.isPackaging() ? PACKAGING_STEP : status.currentStep();
    if (shownStep == null && status.isFinished()) {
      shownStep = step; // a finished job names no step: that is no news
    }
    boolean moved = status.percentage() > percentage || !Objects.equals(shownStep, step);
    if (moved) {
      percentage = Math.max(percentage, status.percentage());
      step = shownStep;
      lastProgressNanos = now;
      stallReported = false;
      listener.progress(job, percentage, step);
    }
    if (status.isFinished()) {
      return new Outcome(status, null);
    }
    checkStall(now);
    return new Outcome(null, nextDelay(status, polled, now));
  }

  private void checkDeadline() {
    long now = System.nanoTime();
    if (now - deadlineNanos < 0) {
      return;
    }
    ExportTimeoutException timeout = new ExportTimeoutException(ExportTimeoutException.Limit.DEADLINE, deadline,
        job.jobId(), "job " + job.jobId() + " did not finish within " + deadline
            + "; give a longer deadline or check the server");
    Decision decision = retrier.decide(job.params(), "monitor", timeout, ++extensions);
    if (decision.action() != Action.EXTEND_DEADLINE) {
      throw timeout;
    }
    deadlineNanos = now + decision.delay().toNanos();
  }

  private void checkStall(long now) {
    Duration quiet = Duration.ofNanos(now - lastProgressNanos);
    if (quiet.compareTo(policy.stallTimeout()) >= 0) {
      throw new ExportTimeoutException(ExportTimeoutException.Limit.STALL, policy.stallTimeout(), job.jobId(),
          "job " + job.jobId() + " made no progress for " + policy.stallTimeout()
              + "; check the server or raise PollPolicy.stallTimeout");
    }
    if (!stallReported && quiet.compareTo(policy.stallTimeout().dividedBy(2)) >= 0) {
      stallReported = true;
      listener.stalled(job, quiet);
    }
  }

  private Duration nextDelay(JobStatus status, JobApi.Polled polled, long now) {
    // At 100% but not finished (or finished without a package) the job is packaging: no pace to go by.
    Duration delay = status.isPackaging() || status.percentage() >= 100 ? restartBackoff()
        : delayByPace(status.percentage());
    if (polled.retryAfter().isPresent() && polled.retryAfter().get().compareTo(delay) > 0) {
      delay = polled.retryAfter().get();
    }
    // Wake up no later than the deadline or the stall limit, so that they end monitoring on time.
    long untilDeadline = Math.max(1, deadlineNanos - now);
    long untilStall = Math.max(1, lastProgressNanos + policy.stallTimeout().toNanos() - now);
    return Duration.ofNanos(Math.min(delay.toNanos(), Math.min(untilDeadline, untilStall)));
  }

  /**
   * Backs off while nothing is known and aims at the predicted end once the pace is known, so a
   * long job costs few requests and is still seen finished soon after it finishes.
   */
  private Duration delayByPace(int reported) {
    ProgressPace.Estimate estimate = pace.observe(paceNanos.getAsLong() - paceOrigin, reported);
    Duration shortest = policy.initialInterval().dividedBy(SHORTEST_WAIT_DIVISOR);
    if (aimedFrom >= 0 && reported <= aimedFrom && earlyByNanos > 0) {
      // The last wait aimed at the middle of the final point and came early: aim at its end.
      Duration rest = Duration.ofNanos(Math.max(earlyByNanos, shortest.toNanos()));
      earlyByNanos = 0;
      return min(rest, policy.maxInterval());
    }
    if (aimedFrom >= 0 && reported <= aimedFrom) {
      // The end came later than predicted and the job did not move: its pace changed. Back off
      // from the shortest wait instead of aiming again and again at a moving target.
      missedAims++;
      Duration retry = shortest.multipliedBy(1L << Math.min(missedAims, 20));
      return min(retry, policy.maxInterval());
    }
    missedAims = 0;
    aimedFrom = -1;
    earlyByNanos = 0;
    Duration backoff = nextBackoff();
    if (estimate != null && estimate.fromTwoObservations() && estimate.remainingNanos() <= backoff.toNanos()) {
      // Percentages are rounded down, so the end lies a little before or after the predicted one.
      // When a point lasts longer than two shortest waits, aim half a point early: an early poll
      // costs one short follow-up and halves the lag. A quicker job is aimed at the latest end its
      // reports allow, so that one poll sees it finished at a small cost in lag.
      aimedFrom = reported;
      long halfPoint = estimate.nanosPerPoint() / 2;
      earlyByNanos = halfPoint > shortest.toNanos() ? halfPoint : 0;
      long aim = earlyByNanos > 0 ? estimate.remainingNanos() - earlyByNanos : estimate.latestRemainingNanos();
      return min(Duration.ofNanos(Math.max(aim, shortest.toNanos())), policy.maxInterval());
    }
    interval = backoff;
    Duration wait = backoff;
    if (estimate != null && !estimate.fromTwoObservations()) {
      // Counted from creation the end is predicted late: take the second observation well before it.
      wait = min(wait, Duration.ofNanos(estimate.remainingNanos() * 3 / 5));
    }
    return jittered(max(wait, shortest));
  }

  /** The job is complete but its package is not ready yet: packaging has no pace to go by. */
  private Duration restartBackoff() {
    aimedFrom = -1;
    earlyByNanos = 0;
    interval = nextBackoff();
    return jittered(interval);
  }

  /** The initial interval after the first poll, then half as long again each time, up to the maximum. */
  private Duration nextBackoff() {
    return polls == 1 ? policy.initialInterval() : min(interval.multipliedBy(3).dividedBy(2), policy.maxInterval());
  }

  private Duration jittered(Duration wait) {
    double spread = policy.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    return Duration.ofNanos(Math.max(1, Math.round(wait.toNanos() * (1 + spread))));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
