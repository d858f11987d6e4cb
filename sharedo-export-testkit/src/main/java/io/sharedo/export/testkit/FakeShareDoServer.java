package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import io.sharedo.export.testkit.internal.FakeServerCore;
import io.sharedo.export.testkit.internal.ServerSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A fake ShareDo server on 127.0.0.1 that speaks the export protocol: the identity server's grants,
 * export jobs that advance on the server's own clock, packages in the real ShareDo 7.9 format built from
 * an in-memory model ({@link EnvironmentModel}), and the configuration export fallback. By default it
 * behaves like a real server, without this library's protocol extensions; {@link FakeShareDoServerBuilder}
 * switches each {@link Extension}, real-server variant and {@link Fault} on. Every request is recorded.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/TestkitSnippets.java#FakeShareDoServer -->
 * <pre>{@code
 * try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
 *   URI uat = server.baseUrl("uat");        // http://127.0.0.1:PORT/env/uat
 *   URI identity = server.identityUrl();    // http://127.0.0.1:PORT/identity
 *   // ... point the client at them with server.clientId() / server.clientSecret()
 *   assertThat(server.requestCount(Endpoint.PROGRESS)).isLessThan(10);
 * }
 * }</pre>
 *
 * <p>Thread-safe: tests may inject faults and read jobs while clients call it. {@link #close()} stops
 * the HTTP server and every thread it started (threads are named {@code fake-sharedo-*}).
 */
public final class FakeShareDoServer implements AutoCloseable {
  private final FakeServerCore core;

  FakeShareDoServer(ServerSettings settings) {
    this.core = new FakeServerCore(settings);
  }

  /**
   * A builder with the defaults: a free port, 2 s jobs on the system clock, client
   * {@code test-client}/{@code test-secret}, 600 s tokens, and the demo data unless environments are given.
   *
   * @return a new builder
   */
  public static FakeShareDoServerBuilder builder() {
    return new FakeShareDoServerBuilder();
  }

  /**
   * Binds 127.0.0.1 and starts answering.
   *
   * @return this server
   * @throws IllegalStateException when already started or closed
   * @throws java.io.UncheckedIOException when the port cannot be bound
   */
  public FakeShareDoServer start() {
    core.start();
    return this;
  }

  /** Stops the server and its threads. Idempotent; a closed server cannot be started again. */
  @Override
  public void close() {
    core.close();
  }

  /**
   * The port the server listens on.
   *
   * @return the port
   * @throws IllegalStateException when not running
   */
  public int port() {
    return core.port();
  }

  /**
   * The base URL of the first environment.
   *
   * @return e.g. {@code http://127.0.0.1:PORT/env/uat}
   */
  public URI baseUrl() {
    return baseUrl(environments().get(0));
  }

  /**
   * The base URL of an environment; the protocol's paths hang below it.
   *
   * @param environment the environment's name
   * @return e.g. {@code http://127.0.0.1:PORT/env/uat}
   * @throws NoSuchElementException when the server has no such environment
   */
  public URI baseUrl(String environment) {
    if (!core.environments().containsKey(Args.notNull(environment, "environment"))) {
      throw new NoSuchElementException("no environment named '" + environment + "'; have " + environments());
    }
    return URI.create("http://127.0.0.1:" + port() + "/env/" + environment);
  }

  /**
   * The identity server's URL, shared by all environments; the token endpoint is
   * {@code {identityUrl}/connect/token}.
   *
   * @return e.g. {@code http://127.0.0.1:PORT/identity}
   */
  public URI identityUrl() {
    return URI.create("http://127.0.0.1:" + port() + "/identity");
  }

  /**
   * The client id the token endpoint accepts.
   *
   * @return the client id
   */
  public String clientId() {
    return core.settings().clientId();
  }

  /**
   * The client secret the token endpoint accepts.
   *
   * @return the client secret
   */
  public String clientSecret() {
    return core.settings().clientSecret();
  }

  /**
   * The names of the environments, in the order they were given.
   *
   * @return environment names
   */
  public List<String> environments() {
    return core.settings().environments().stream().map(EnvironmentModel::name).toList();
  }

  /**
   * The model an environment serves, e.g. to compare a package with.
   *
   * @param environment the environment's name
   * @return its model
   * @throws NoSuchElementException when the server has no such environment
   */
  public EnvironmentModel environment(String environment) {
    EnvironmentModel model = core.environments().get(Args.notNull(environment, "environment"));
    if (model == null) {
      throw new NoSuchElementException("no environment named '" + environment + "'; have " + environments());
    }
    return model;
  }

  /**
   * The next recorded request, waiting up to 10 seconds.
   *
   * @return the request
   * @throws AssertionError when none arrives in time
   * @throws InterruptedException when interrupted while waiting
   */
  public RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = core.takeRequest(Duration.ofSeconds(10));
    if (request == null) {
      throw new AssertionError("no request reached the fake ShareDo server within 10 s");
    }
    return request;
  }

  /**
   * The next recorded request, waiting up to {@code timeout}.
   *
   * @param timeout how long to wait
   * @return the request, or null when none arrived in time
   * @throws InterruptedException when interrupted while waiting
   */
  public @Nullable RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
    return core.takeRequest(Args.notNull(timeout, "timeout"));
  }

  /**
   * How many requests reached an endpoint (including those answered with a fault).
   *
   * @param endpoint the endpoint
   * @return the count
   */
  public int requestCount(Endpoint endpoint) {
    return core.requestCount(Args.notNull(endpoint, "endpoint"));
  }

  /**
   * How many requests reached the server in all.
   *
   * @return the count
   */
  public int requestCount() {
    return core.requestCount();
  }

  /**
   * Snapshots of every job created, oldest first.
   *
   * @return job snapshots
   */
  public List<JobView> jobs() {
    return core.jobs();
  }

  /**
   * A snapshot of one job.
   *
   * @param id the job id
   * @return its snapshot, or empty when unknown
   */
  public Optional<JobView> job(String id) {
    return core.job(Args.notNull(id, "id"));
  }

  /**
   * Moves the server's {@link ManualClock} forward, advancing running jobs and token expiry.
   *
   * @param duration how far
   * @throws IllegalStateException when the server was not built with a {@link ManualClock}
   */
  public void advance(Duration duration) {
    if (!(core.settings().clock() instanceof ManualClock clock)) {
      throw new IllegalStateException("advance needs a ManualClock: build with clock(ManualClock.startingNow())");
    }
    clock.advance(duration);
  }

  /**
   * Switches a fault on for every job and request from now on, until {@link #clearFaults()}.
   *
   * @param fault the fault
   */
  public void inject(Fault fault) {
    core.inject(Args.notNull(fault, "fault"));
  }

  /**
   * Switches a fault on for the next job created only (see {@link Fault} for what that covers).
   *
   * @param fault the fault
   */
  public void injectForNextJob(Fault fault) {
    core.injectForNextJob(Args.notNull(fault, "fault"));
  }

  /** Switches every global fault off and forgets faults waiting for the next job. */
  public void clearFaults() {
    core.clearFaults();
  }

  /** Revokes every token issued so far: the API answers 401 until a client fetches a new one. */
  public void revokeTokens() {
    core.revokeTokens();
  }

  @Override
  public String toString() {
    return "FakeShareDoServer" + environments();
  }
}
