package io.sharedo.export.core.internal.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Endpoints;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.RecoveryPolicy;
import io.sharedo.export.core.RetrySettings;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.auth.ClientCredentialsTokenSource;
import io.sharedo.export.core.internal.http.BoundedBodyHandler;
import io.sharedo.export.core.internal.http.HttpTransport;
import io.sharedo.export.core.internal.http.Retrier;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.ManualClock;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The waits {@link PollLoop} chooses, over HTTP against a fake server on a {@link ManualClock}: the
 * test moves the server's clock on by each wait instead of sleeping, so no assertion depends on how
 * fast this machine is.
 */
class PollLoopTest {
  private static final PollPolicy POLICY = PollPolicy.defaults();
  /** Without jitter every wait, and so every assertion, is the same in each run. */
  private static final PollPolicy UNJITTERED = PollPolicy.builder().jitter(0).build();
  private static final ExportParams MATTER = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeShareDoServer server;
  private ManualClock clock;

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void waitsOutTheInitialIntervalBeforeFirstPollingAJobJustCreated() {
    JobApi api = start(Duration.ofSeconds(10));
    ExportJob job = create(api, Duration.ZERO);

    PollLoop loop = loop(api, job, POLICY);

    assertThat(loop.firstDelay()).isPositive()
        .isLessThanOrEqualTo(scaled(POLICY.initialInterval(), 1 + POLICY.jitter()));
  }

  @Test
  void pollsAJobCreatedEarlierAtOnce() {
    JobApi api = start(Duration.ofSeconds(10));
    ExportJob job = create(api, Duration.ofSeconds(60));

    assertThat(loop(api, job, POLICY).firstDelay()).isZero();
  }

  @Test
  void endsTheFirstWaitByTheDeadline() {
    JobApi api = start(Duration.ofSeconds(10));
    Retrier retrier = new Retrier(RecoveryPolicy.defaults(), RetrySettings.defaults(), ExportListener.NONE);

    PollLoop loop = new PollLoop(api, create(api, Duration.ZERO), Duration.ofMillis(300), POLICY, retrier,
        ExportListener.NONE, RequestThrottle.NONE, clock);

    assertThat(loop.firstDelay()).isEqualTo(Duration.ofMillis(300));
  }

  @Test
  void aimsAtThePredictedEndOfALongJob() {
    Duration length = Duration.ofMillis(60_400);
    JobApi api = start(length);
    PollLoop loop = loop(api, create(api, Duration.ZERO), UNJITTERED);

    Duration elapsed = runToEnd(loop, new ArrayList<>());

    // Fixed 1 s polling would make about 61 requests and notice the end 0.5 s late on average.
    assertThat(server.requestCount(Endpoint.PROGRESS)).isLessThanOrEqualTo(20);
    assertThat(elapsed).isGreaterThanOrEqualTo(length).isLessThan(length.plusSeconds(1));
  }

  @Test
  void seesAShortJobFinishedWithoutAFollowUpPoll() {
    for (int millis = 2_000; millis < 3_000; millis += 100) {
      Duration length = Duration.ofMillis(millis);
      JobApi api = start(length);
      PollLoop loop = loop(api, create(api, Duration.ZERO), UNJITTERED);

      List<Duration> waits = new ArrayList<>();
      Duration elapsed = runToEnd(loop, waits);

      // Two polls learn the pace, the third lands at the end: fixed 1 s polling needs three or four.
      assertThat(server.requestCount(Endpoint.PROGRESS)).as("requests for a %s job, waits %s after %s", length,
          waits, loop.firstDelay()).isLessThanOrEqualTo(3);
      assertThat(elapsed).as("noticed end of a %s job", length).isLessThan(length.plusMillis(100));
      server.close();
      server = null;
    }
  }

  @Test
  void backsOffAfterTheJobMissesThePredictedEnd() {
    JobApi api = start(Duration.ofSeconds(10));
    server.injectForNextJob(Fault.jobNeverFinishes());
    PollLoop loop = loop(api, create(api, Duration.ZERO), UNJITTERED);
    List<Duration> waits = new ArrayList<>();
    server.advance(loop.firstDelay());

    for (int i = 0; i < 20; i++) {
      PollLoop.Outcome outcome = loop.poll();
      assertThat(outcome.finished()).isNull();
      waits.add(outcome.nextDelay());
      server.advance(outcome.nextDelay());
    }

    // Once the job sits at 99% past its predicted end, each wait doubles up to the maximum.
    List<Duration> tail = waits.subList(waits.size() - 8, waits.size());
    for (int i = 1; i < tail.size(); i++) {
      assertThat(tail.get(i)).isGreaterThanOrEqualTo(tail.get(i - 1));
    }
    assertThat(tail.get(tail.size() - 1)).isEqualTo(POLICY.maxInterval());
    assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(POLICY.maxInterval()));
  }

  private JobApi start(Duration jobLength) {
    clock = ManualClock.startingNow();
    server = FakeShareDoServer.builder().demoData().clock(clock).jobDuration(jobLength)
        .tokenLifetime(Duration.ofDays(1)).start();
    Retrier retrier = new Retrier(RecoveryPolicy.defaults(), RetrySettings.defaults(), ExportListener.NONE);
    ClientCredentialsTokenSource tokens = new ClientCredentialsTokenSource(http,
        HttpTransport.join(server.identityUrl(), Endpoints.defaults().token()), server.clientId(),
        server.clientSecret(), "client_credentials", null, null, Duration.ofSeconds(10),
        BoundedBodyHandler.DEFAULT_LIMIT);
    return new JobApi(new HttpTransport("uat", http, server.baseUrl("uat"), tokens, Duration.ofSeconds(10), retrier),
        Endpoints.defaults(), Environment.DEFAULT_EXPORT_CONFIG_NAME);
  }

  /** Creates a job that, on the server's clock, was created {@code ago}. */
  private ExportJob create(JobApi api, Duration ago) {
    String key = "poll-loop-test";
    String id = api.create(MATTER, key, RequestThrottle.NONE);
    return new ExportJob(id, MATTER, key, clock.instant().minus(ago));
  }

  /** A loop that tells the job's age by the server's clock, so real time never enters a test. */
  private PollLoop loop(JobApi api, ExportJob job, PollPolicy policy) {
    Retrier retrier = new Retrier(RecoveryPolicy.defaults(), RetrySettings.defaults(), ExportListener.NONE);
    return new PollLoop(api, job, Duration.ofHours(1), policy, retrier, ExportListener.NONE, RequestThrottle.NONE,
        clock);
  }

  /** Drives the loop to the end, moving the server's clock by each wait; returns the time waited. */
  private Duration runToEnd(PollLoop loop, List<Duration> waits) {
    Duration elapsed = loop.firstDelay();
    server.advance(elapsed);
    for (PollLoop.Outcome outcome = loop.poll(); outcome.finished() == null; outcome = loop.poll()) {
      waits.add(outcome.nextDelay());
      server.advance(outcome.nextDelay());
      elapsed = elapsed.plus(outcome.nextDelay());
    }
    return elapsed;
  }

  private static Duration scaled(Duration d, double factor) {
    return Duration.ofNanos(Math.round(d.toNanos() * factor));
  }
}
