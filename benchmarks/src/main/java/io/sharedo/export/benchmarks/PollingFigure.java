package io.sharedo.export.benchmarks;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.Endpoints;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.RecoveryPolicy;
import io.sharedo.export.core.RetrySettings;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.auth.FixedTokenSource;
import io.sharedo.export.core.internal.http.HttpTransport;
import io.sharedo.export.core.internal.http.Retrier;
import io.sharedo.export.core.internal.job.JobApi;
import io.sharedo.export.core.internal.job.PollLoop;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Figure 3: progress requests and completion lag for 2 s, 10 s and 60 s jobs, the default adaptive
 * {@link PollPolicy} against a fixed 1-second poller. Runs the client's real {@link PollLoop} (an
 * internal class; the benchmark is not API) over HTTP against a fake server on a
 * {@link ManualClock}: instead of sleeping, the driver moves the server's clock on by each delay the
 * loop asks for, so a 60 s job takes milliseconds and both policies see identical jobs.
 */
final class PollingFigure {
  private static final int[] JOB_SECONDS = {2, 10, 60};
  private static final int TRIALS = 15;
  private static final Duration FIXED_INTERVAL = Duration.ofSeconds(1);

  private PollingFigure() {}

  /** One policy's medians for one job length. */
  private record Result(double requests, double lagSeconds) {}

  static Figure run() throws Exception {
    PollPolicy adaptive = PollPolicy.defaults();
    // Real jobs do not end on whole seconds; a fixed random extra of 0..1 s per trial, the same for
    // both pollers, keeps fixed 1 s polling from always landing exactly on the completion.
    Random random = new Random(7);
    List<String> measured = new ArrayList<>();
    List<CompletableFuture<Void>> closing = new ArrayList<>();
    boolean met = true;
    for (int seconds : JOB_SECONDS) {
      double[][] ours = new double[2][TRIALS];
      double[][] baseline = new double[2][TRIALS];
      for (int trial = 0; trial < TRIALS; trial++) {
        Duration length = Duration.ofSeconds(seconds).plusMillis(random.nextInt(1000));
        ManualClock clock = ManualClock.startingNow();
        FakeShareDoServer server = FakeShareDoServer.builder().demoData().clock(clock).jobDuration(length)
            .tokenLifetime(Duration.ofDays(1)).start();
        double[] a;
        double[] f;
        try {
          a = trial(server, clock, length, adaptive);
          f = trial(server, clock, length, null);
        } finally {
          // The JDK's HttpServer takes up to a second to stop; stop the 45 servers side by side.
          closing.add(CompletableFuture.runAsync(server::close));
        }
        ours[0][trial] = a[0];
        ours[1][trial] = a[1];
        baseline[0][trial] = f[0];
        baseline[1][trial] = f[1];
      }
      Result us = new Result(median(ours[0]), median(ours[1]));
      Result them = new Result(median(baseline[0]), median(baseline[1]));
      met &= us.requests() < them.requests() && us.lagSeconds() <= them.lagSeconds();
      measured.add(String.format("%d s: %.0f vs %.0f requests, lag %.2f vs %.2f s", seconds, us.requests(),
          them.requests(), us.lagSeconds(), them.lagSeconds()));
    }
    CompletableFuture.allOf(closing.toArray(new CompletableFuture<?>[0])).join();
    return new Figure("polling: adaptive vs fixed 1 s (requests, median lag)", String.join("; ", measured),
        "fewer requests, median lag no worse", met,
        "ManualClock method: real PollLoop + JobApi over HTTP, fake server's ManualClock advanced by each delay"
            + " the loop returns; default PollPolicy vs a fixed poller (poll, wait 1 s, poll..., from the moment"
            + " the job is created; one that waits before its first poll makes one request fewer, same lag);"
            + " medians of " + TRIALS + " jobs per length, each length + random 0..1 s, the same jobs for both");
  }

  /**
   * Monitors one new job on {@code server}, whose jobs last {@code length}, with the client's
   * {@link PollLoop} under {@code policy}, or with a fixed 1 s poller when {@code policy} is null;
   * returns {progress requests, seconds from completion to notice}.
   */
  private static double[] trial(FakeShareDoServer server, ManualClock clock, Duration length, PollPolicy policy)
      throws Exception {
    try (ShareDoExportClient client = FakeServers.client(server).build()) {
      ExportJob created = client.createJob(FakeServers.matter());
      // Created now on the simulated clock, which the loop reads the job's age and pace on.
      ExportJob job = new ExportJob(created.jobId(), created.params(), created.idempotencyKey(), clock.instant());
      Retrier retrier = new Retrier(RecoveryPolicy.defaults(), RetrySettings.defaults(), ExportListener.NONE);
      HttpTransport http = new HttpTransport(FakeServers.ENVIRONMENT, FakeServers.HTTP,
          server.baseUrl(FakeServers.ENVIRONMENT), new FixedTokenSource(FakeServers.token(server)),
          Duration.ofSeconds(30), retrier);
      JobApi api = new JobApi(http, Endpoints.defaults(), Environment.DEFAULT_EXPORT_CONFIG_NAME);
      int before = server.requestCount(Endpoint.PROGRESS);
      Duration elapsed = policy == null ? fixedPolling(server, api, job) : adaptivePolling(server, clock, api, job,
          policy, retrier);
      int requests = server.requestCount(Endpoint.PROGRESS) - before;
      return new double[] {requests, elapsed.minus(length).toNanos() / 1e9};
    }
  }

  /** The client's own loop: waits what it says before the first poll and between polls. */
  private static Duration adaptivePolling(FakeShareDoServer server, ManualClock clock, JobApi api, ExportJob job,
      PollPolicy policy, Retrier retrier) {
    PollLoop loop = new PollLoop(api, job, Duration.ofHours(1), policy, retrier, ExportListener.NONE,
        RequestThrottle.NONE, clock);
    Duration elapsed = loop.firstDelay();
    server.advance(elapsed);
    PollLoop.Outcome outcome = loop.poll();
    while (outcome.finished() == null) {
      server.advance(outcome.nextDelay());
      elapsed = elapsed.plus(outcome.nextDelay());
      outcome = loop.poll();
    }
    return elapsed;
  }

  /** The baseline: poll as soon as the job exists, then every second until it is finished. */
  private static Duration fixedPolling(FakeShareDoServer server, JobApi api, ExportJob job) {
    Duration elapsed = Duration.ZERO;
    while (true) {
      JobStatus status = api.progress(job, job.params(), RequestThrottle.NONE).status();
      if (status.isFinished() && status.packageAvailable()) {
        return elapsed;
      }
      server.advance(FIXED_INTERVAL);
      elapsed = elapsed.plus(FIXED_INTERVAL);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
