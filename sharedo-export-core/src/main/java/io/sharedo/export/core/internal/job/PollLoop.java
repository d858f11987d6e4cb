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
import io.sharedo.export.core.internal.http.Retrier;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The monitoring of one job as a sequence of single polls, so that the same logic serves the
 * blocking monitor (sleeping on the caller's thread) and the asynchronous one (a shared scheduler).
 * Enforces the deadline, the poll budget and the stall limit; reports progress (never backwards)
 * and stalls. Not thread-safe: one poll at a time, which both drivers guarantee.
 */
public final class PollLoop {
  private static final int FAST_BELOW = 10;
  private static final int FAST_FROM = 90;

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
  private String step;
  private boolean stallReported;
  private Duration interval;
  /** The waits this loop has asked for so far: its own measure of how long the job has run. */
  private long waitedNanos;

  /** What one poll found: the final status, or how long to wait before the next poll. */
  public record Outcome(JobStatus finished, Duration nextDelay) {}

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
    JobApi.Polled polled = api.progress(job, job.params(), throttle);
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
    boolean moved = status.percentage() > percentage || !Objects.equals(status.currentStep(), step);
    if (moved) {
      percentage = Math.max(percentage, status.percentage());
      step = status.currentStep();
      lastProgressNanos = now;
      stallReported = false;
      listener.progress(job, percentage, step);
    }
    if (status.isFinished() && status.packageAvailable()) {
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
    // Fast at the start and near the end, where a state change is most likely; backing off in the
    // middle, where a long step runs.
    boolean edge = status.percentage() < FAST_BELOW || status.percentage() >= FAST_FROM || status.isFinished();
    if (edge) {
      interval = policy.initialInterval();
    } else {
      Duration longer = interval.multipliedBy(3).dividedBy(2);
      interval = min(longer, policy.maxInterval());
      // A long middle interval must not jump over the fast zone at the end: assuming the job keeps
      // its pace so far, wake up by the time it should reach FAST_FROM percent. The pace is measured
      // in the waits this loop asked for, so a simulated clock sees the same schedule as a real one.
      if (status.percentage() > 0 && waitedNanos > 0) {
        long untilFastZone = waitedNanos / status.percentage() * (FAST_FROM - status.percentage());
        Duration byPace = Duration.ofNanos(Math.max(untilFastZone, policy.initialInterval().toNanos()));
        interval = min(interval, byPace);
      }
    }
    double spread = policy.jitter() * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    Duration delay = Duration.ofNanos(Math.max(1, Math.round(interval.toNanos() * (1 + spread))));
    if (polled.retryAfter().isPresent() && polled.retryAfter().get().compareTo(delay) > 0) {
      delay = polled.retryAfter().get();
    }
    // Wake up no later than the deadline or the stall limit, so that they end monitoring on time.
    long untilDeadline = Math.max(1, deadlineNanos - now);
    long untilStall = Math.max(1, lastProgressNanos + policy.stallTimeout().toNanos() - now);
    Duration next = Duration.ofNanos(Math.min(delay.toNanos(), Math.min(untilDeadline, untilStall)));
    waitedNanos += next.toNanos();
    return next;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
