package io.sharedo.export.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView;
import io.sharedo.export.testkit.RecordedRequest;
import io.sharedo.export.testkit.RequestFault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@code FakeShareDoServer}: binds the JDK HTTP server, routes each request, records
 * it, authenticates it, applies request faults and hands it to the endpoint. Thread-safe.
 */
public final class FakeServerCore implements HttpHandler, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServerCore.class);
  private static final AtomicInteger SERVERS = new AtomicInteger();
  /**
   * The JDK server's switch for TCP_NODELAY, read once per JVM when its first server is made. Off, it writes
   * a response's headers and body as two segments, and Nagle holds the body back until the client has
   * acknowledged the headers, which a client on a kept-alive connection delays by up to 40 ms (measured:
   * 43 ms on a package download). Real servers answer without that stall; Kestrel, for one, turns Nagle off
   * by default.
   */
  private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final ServerSettings settings;
  private final Map<String, EnvironmentModel> environments = new LinkedHashMap<>();
  private final Recorder recorder = new Recorder();
  private final FaultBook faults = new FaultBook();
  private final JobRegistry jobs = new JobRegistry();
  private final TokenStore tokens;
  private final Responses responses;
  private final TokenEndpoint tokenEndpoint;
  private final ApiEndpoints api;
  private final List<Thread> started = new CopyOnWriteArrayList<>();
  private @Nullable HttpServer server;
  private @Nullable ExecutorService executor;
  private boolean closed;

  /**
   * A server that is not started yet.
   *
   * @param settings its configuration
   */
  public FakeServerCore(ServerSettings settings) {
    this.settings = settings;
    settings.environments().forEach(e -> {
      if (environments.put(e.name(), e) != null) {
        throw new IllegalArgumentException("two environments are named " + e.name());
      }
    });
    this.tokens = new TokenStore(settings.clock(), settings.tokenLifetime());
    this.responses = new Responses(settings.clock(), settings.behaviour().errorShape());
    this.tokenEndpoint = new TokenEndpoint(settings, tokens, responses);
    this.api = new ApiEndpoints(settings, jobs, faults, tokens, responses);
  }

  /** Binds 127.0.0.1 and starts serving. */
  public synchronized void start() {
    if (server != null || closed) {
      throw new IllegalStateException(closed ? "the server was closed; build a new one" : "already started");
    }
    int serverNumber = SERVERS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "fake-sharedo-" + serverNumber + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      started.add(t);
      return t;
    };
    preferNoDelay(System.getProperties());
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind 127.0.0.1:" + settings.port(), e);
    }
    executor = Executors.newFixedThreadPool(settings.threads(), factory);
    server.setExecutor(executor);
    server.createContext("/", this);
    server.start();
    LOG.debug("fake ShareDo listening on port {}", port());
  }

  /**
   * Turns on TCP_NODELAY for the JDK's HTTP servers of this JVM unless the property is already set:
   * an explicit {@code -Dsun.net.httpserver.nodelay=false} wins. It only takes effect if no JDK HTTP
   * server was made in this JVM before.
   */
  static void preferNoDelay(Properties properties) {
    properties.putIfAbsent(NO_DELAY_PROPERTY, "true");
  }

  /** Stops the HTTP server and every thread it started. Idempotent. */
  @Override
  public synchronized void close() {
    closed = true;
    if (server == null) {
      return;
    }
    server.stop(0);
    ExecutorService executor = Objects.requireNonNull(this.executor, "started with the server");
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("fake ShareDo threads did not stop within 5 s");
      }
      // The pool counts as terminated a moment before its last thread has ended: wait for the threads too.
      for (Thread t : started) {
        t.join(1000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server = null;
  }

  /**
   * The bound port.
   *
   * @return the port
   */
  public synchronized int port() {
    if (server == null) {
      throw new IllegalStateException("the server is not running; call start()");
    }
    return server.getAddress().getPort();
  }

  /** @return the settings */
  public ServerSettings settings() {
    return settings;
  }

  /** @return the environments by name, in the order given */
  public Map<String, EnvironmentModel> environments() {
    return Map.copyOf(environments);
  }

  /** @param fault the fault to apply from now on */
  public void inject(Fault fault) {
    faults.inject(fault);
  }

  /** @param fault the fault for the next job */
  public void injectForNextJob(Fault fault) {
    faults.injectForNextJob(fault);
  }

  /** Switches every fault off. */
  public void clearFaults() {
    faults.clear();
  }

  /** Makes every token issued so far invalid. */
  public void revokeTokens() {
    tokens.revokeAll();
  }

  /**
   * @param timeout how long to wait
   * @return the next recorded request, or null
   * @throws InterruptedException when interrupted while waiting
   */
  public @Nullable RecordedRequest takeRequest(Duration timeout) throws InterruptedException {
    return recorder.take(timeout);
  }

  /** @param endpoint which one @return requests received there */
  public int requestCount(Endpoint endpoint) {
    return recorder.count(endpoint);
  }

  /** @return requests received in all */
  public int requestCount() {
    return recorder.total();
  }

  /** @return a snapshot of every job, oldest first */
  public List<JobView> jobs() {
    return jobs.all().stream().map(FakeJob::view).toList();
  }

  /** @param id a job id @return its snapshot, or empty */
  public Optional<JobView> job(String id) {
    return jobs.get(id).map(FakeJob::view);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    boolean dropped = false;
    try {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      String query = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Route route = Route.parse(method, path);
      recorder.record(new RecordedRequest(method, path, query, exchange.getRequestHeaders(), body,
          route.environment(), route.endpoint()));
      LOG.debug("{} {} -> {}", method, path, route.endpoint());
      dispatch(exchange, route, body);
    } catch (DownloadWriter.ConnectionDrop drop) {
      // Not closing the exchange: closing would end a chunked body properly. The JDK server closes the
      // connection itself when the handler throws, so the client sees the body break off.
      dropped = true;
      throw drop;
    } catch (IOException | RuntimeException e) {
      // A client that hung up, or a server closing; the exchange is closed below either way.
      LOG.debug("request ended early: {}", e.toString());
    } finally {
      if (!dropped) {
        exchange.close();
      }
    }
  }

  private void dispatch(HttpExchange exchange, Route route, String body) throws IOException {
    if (route.endpoint() == Endpoint.UNKNOWN) {
      responses.error(exchange, 404, "NotFound", "No endpoint at " + exchange.getRequestURI().getPath());
      return;
    }
    if (!route.methodAllowed()) {
      exchange.getResponseHeaders().set("Allow", allowed(route.endpoint()));
      responses.error(exchange, 405, "MethodNotAllowed", exchange.getRequestMethod() + " is not allowed here");
      return;
    }
    if (route.endpoint() == Endpoint.TOKEN) {
      if (!answeredByRequestFault(exchange, route.endpoint(), List.of())) {
        tokenEndpoint.handle(exchange, body, faults);
      }
      return;
    }
    EnvironmentModel env = environments.get(route.environment());
    if (env == null) {
      responses.error(exchange, 404, "NotFound", "No environment named '" + route.environment() + "'");
      return;
    }
    Optional<TokenStore.Issued> token = tokens.accepted(exchange.getRequestHeaders().getFirst("Authorization"));
    if (token.isEmpty()) {
      responses.error(exchange, 401, "Unauthorized", "A valid bearer token is required");
      return;
    }
    if (route.endpoint() == Endpoint.CANCEL && !settings.has(Extension.CANCEL)) {
      responses.error(exchange, 404, "NotFound", "No endpoint at " + exchange.getRequestURI().getPath());
      return;
    }
    Optional<FakeJob> job = route.jobId() == null ? Optional.empty()
        : jobs.get(route.jobId()).filter(j -> j.environment.equals(env.name()));
    List<FaultBook.Active> jobFaults = job.map(j -> j.faults).orElse(List.of());
    if (route.endpoint() != Endpoint.CONFIGURATION_EXPORT
        && FaultBook.find(RequestFault.PackageExportMissing.class, jobFaults, faults.global()).isPresent()) {
      responses.error(exchange, 404, "NotFound", "No endpoint at " + exchange.getRequestURI().getPath());
      return;
    }
    if (answeredByRequestFault(exchange, route.endpoint(), jobFaults)) {
      return;
    }
    switch (route.endpoint()) {
      case CREATE_JOB -> api.create(exchange, env, body, token.get());
      case DEPENDENCIES -> api.dependencies(exchange, env, body);
      case CONFIGURATION_EXPORT -> api.configurationExport(exchange, env, body, token.get());
      default -> {
        if (job.isEmpty()) {
          api.notFound(exchange, route.jobId());
        } else if (route.endpoint() == Endpoint.PROGRESS) {
          api.progress(exchange, job.get());
        } else if (route.endpoint() == Endpoint.CANCEL) {
          api.cancel(exchange, job.get());
        } else {
          api.download(exchange, job.get());
        }
      }
    }
  }

  private boolean answeredByRequestFault(HttpExchange exchange, Endpoint endpoint, List<FaultBook.Active> jobFaults)
      throws IOException {
    Optional<Fault> fault = FaultBook.takeRequestFault(endpoint, jobFaults);
    if (fault.isEmpty()) {
      fault = FaultBook.takeRequestFault(endpoint, faults.global());
    }
    if (fault.isEmpty()) {
      return false;
    }
    if (fault.get() instanceof RequestFault.TooManyRequests f) {
      responses.retryLater(exchange, 429, f.retryAfter(), false);
    } else if (fault.get() instanceof RequestFault.ServiceUnavailable f) {
      responses.retryLater(exchange, 503, f.retryAfter(), f.httpDate());
    } else {
      responses.error(exchange, 500, "InternalServerError", "Injected server error");
    }
    return true;
  }

  private static String allowed(Endpoint endpoint) {
    return switch (endpoint) {
      case PROGRESS -> "GET";
      case CANCEL -> "DELETE";
      case DOWNLOAD -> "GET, HEAD";
      default -> "POST";
    };
  }
}
