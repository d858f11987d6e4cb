package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import io.sharedo.export.testkit.internal.DemoData;
import io.sharedo.export.testkit.internal.ServerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Configures a {@link FakeShareDoServer}; made by {@link FakeShareDoServer#builder()}. With nothing set,
 * the server behaves like a plain real ShareDo 7.9 server (no {@link Extension}, top-level
 * {@code errorMessage} bodies, downloads with {@code Content-Length}, the fallback answering JSON) and
 * serves the demo data. Each setter checks its argument and returns this builder; {@link #build()}
 * freezes a copy, so one builder can make several servers. Not thread-safe.
 */
public final class FakeShareDoServerBuilder {
  private int port;
  private final List<EnvironmentModel> environments = new ArrayList<>();
  private Duration jobDuration = Duration.ofSeconds(2);
  private Clock clock = Clock.systemUTC();
  private String clientId = "test-client";
  private String clientSecret = "test-secret";
  private Duration tokenLifetime = Duration.ofSeconds(600);
  private int progressPerPoll;
  private int threads = 8;
  private long largePackageBytes;
  private final Set<Extension> extensions = EnumSet.noneOf(Extension.class);
  private ErrorShape errorShape = ServerSettings.Behaviour.REAL.errorShape();
  private ImpersonationRequirement impersonation = ImpersonationRequirement.NONE;
  private String fixedUser = ServerSettings.Behaviour.REAL.fixedUser();
  private boolean chunkedDownloads;
  private Duration packagingDelay = Duration.ZERO;
  private int packagingPolls;
  private boolean fallbackZip;
  private boolean byteOrderMarks;
  private boolean stepFilesAtRoot;

  FakeShareDoServerBuilder() {}

  /**
   * The port to bind; 0 (the default) for a free one.
   *
   * @param value 0..65535
   * @return this builder
   */
  public FakeShareDoServerBuilder port(int value) {
    if (value < 0 || value > 65535) {
      throw new IllegalArgumentException("port must be within 0..65535: " + value);
    }
    this.port = value;
    return this;
  }

  /**
   * Adds an environment built by {@code spec}.
   *
   * @param name its name, the URL segment under {@code /env/}
   * @param spec adds work types and raw steps
   * @return this builder
   */
  public FakeShareDoServerBuilder environment(String name, Consumer<EnvironmentModel.Builder> spec) {
    EnvironmentModel.Builder b = EnvironmentModel.builder(name);
    Args.notNull(spec, "spec").accept(b);
    return environment(b.build());
  }

  /**
   * Adds an environment.
   *
   * @param environment its model
   * @return this builder
   */
  public FakeShareDoServerBuilder environment(EnvironmentModel environment) {
    Args.notNull(environment, "environment");
    if (environments.stream().anyMatch(e -> e.name().equals(environment.name()))) {
      throw new IllegalArgumentException("environment " + environment.name() + " was already added");
    }
    environments.add(environment);
    return this;
  }

  /**
   * Adds the built-in demo environments {@code uat} and {@code vnext} (see the README).
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder demoData() {
    DemoData.environments().forEach(this::environment);
    return this;
  }

  /**
   * How long a job takes from creation to completion on the server's clock (default 2 s); the first
   * tenth of it the job is PENDING.
   *
   * @param value positive
   * @return this builder
   */
  public FakeShareDoServerBuilder jobDuration(Duration value) {
    this.jobDuration = positive(value, "jobDuration");
    return this;
  }

  /**
   * The server's clock, for jobs and token expiry (default the system clock); give a
   * {@link ManualClock} to move time with {@link FakeShareDoServer#advance(Duration)}.
   *
   * @param value the clock
   * @return this builder
   */
  public FakeShareDoServerBuilder clock(Clock value) {
    this.clock = Args.notNull(value, "clock");
    return this;
  }

  /**
   * Makes jobs advance by progress requests instead of time: each progress request moves the job
   * {@code percent} points on before it is answered, so a job completes after {@code ceil(100/percent)} polls.
   *
   * @param percent 1..100
   * @return this builder
   */
  public FakeShareDoServerBuilder progressPerPoll(int percent) {
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("progressPerPoll must be within 1..100: " + percent);
    }
    this.progressPerPoll = percent;
    return this;
  }

  /**
   * The accepted client credentials (default {@code test-client}/{@code test-secret}).
   *
   * @param id the client id
   * @param secret the client secret
   * @return this builder
   */
  public FakeShareDoServerBuilder credentials(String id, String secret) {
    this.clientId = Args.notBlank(id, "clientId");
    this.clientSecret = Args.notBlank(secret, "clientSecret");
    return this;
  }

  /**
   * How long issued tokens stay valid (default 600 s).
   *
   * @param value at least one second
   * @return this builder
   */
  public FakeShareDoServerBuilder tokenLifetime(Duration value) {
    Args.notNull(value, "tokenLifetime");
    if (value.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("tokenLifetime must be at least 1 s: " + value);
    }
    this.tokenLifetime = value;
    return this;
  }

  /**
   * How many threads answer requests at once (default 8); a throttled download holds one.
   *
   * @param value 1..256
   * @return this builder
   */
  public FakeShareDoServerBuilder threads(int value) {
    if (value < 1 || value > 256) {
      throw new IllegalArgumentException("threads must be within 1..256: " + value);
    }
    this.threads = value;
    return this;
  }

  /**
   * Pads every job's package with a stored entry {@code padding/large-package.bin} of this many zero
   * bytes (not listed in the manifest), for download benchmarks. The padding is never held in memory.
   *
   * @param bytes 1 byte to 3 GiB
   * @return this builder
   */
  public FakeShareDoServerBuilder largePackage(long bytes) {
    if (bytes < 1 || bytes > (3L << 30)) {
      throw new IllegalArgumentException("largePackage must be within 1 byte..3 GiB: " + bytes);
    }
    this.largePackageBytes = bytes;
    return this;
  }

  /**
   * Switches exactly these protocol extensions on (none by default, as on a real server); a later call
   * replaces the set.
   *
   * @param values the extensions, none for a plain real server
   * @return this builder
   */
  public FakeShareDoServerBuilder extensions(Extension... values) {
    List<Extension> list = Args.copy(Arrays.asList(Args.notNull(values, "extensions")), "extensions");
    extensions.clear();
    extensions.addAll(list);
    return this;
  }

  /**
   * Switches every protocol extension on, as this library's own server protocol describes it.
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder allExtensions() {
    extensions.addAll(EnumSet.allOf(Extension.class));
    return this;
  }

  /**
   * How API error bodies look (default {@link ErrorShape#ERROR_MESSAGE}).
   *
   * @param value the shape
   * @return this builder
   */
  public FakeShareDoServerBuilder errorShape(ErrorShape value) {
    this.errorShape = Args.notNull(value, "errorShape");
    return this;
  }

  /**
   * Whether exports need a token that stands for a user (default {@link ImpersonationRequirement#NONE}).
   *
   * @param value the requirement
   * @return this builder
   */
  public FakeShareDoServerBuilder requireImpersonation(ImpersonationRequirement value) {
    this.impersonation = Args.notNull(value, "requireImpersonation");
    return this;
  }

  /**
   * Who an {@code Impersonate.Fixed} token stands for, the identity server's configured user (default
   * {@code exporter@sharedo.example}); it becomes the manifest's {@code CreatedBy}.
   *
   * @param user the user's e-mail or name
   * @return this builder
   */
  public FakeShareDoServerBuilder fixedImpersonationUser(String user) {
    this.fixedUser = Args.notBlank(user, "fixedImpersonationUser");
    return this;
  }

  /**
   * Sends downloads chunked, without {@code Content-Length} (default: with it).
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder chunkedDownloads() {
    this.chunkedDownloads = true;
    return this;
  }

  /**
   * Keeps a job at 100 % and {@code complete: true} but {@code packageAvailable: false} for this long on
   * the server's clock before its package is available (default: no delay).
   *
   * @param value not negative
   * @return this builder
   */
  public FakeShareDoServerBuilder packagingDelay(Duration value) {
    Args.notNull(value, "packagingDelay");
    if (value.isNegative()) {
      throw new IllegalArgumentException("packagingDelay cannot be negative: " + value);
    }
    this.packagingDelay = value;
    return this;
  }

  /**
   * Keeps a job at 100 % and {@code complete: true} but {@code packageAvailable: false} for this many
   * progress answers before its package is available (for poll-driven servers; default 0).
   *
   * @param polls 0..1000
   * @return this builder
   */
  public FakeShareDoServerBuilder packagingDelayPolls(int polls) {
    if (polls < 0 || polls > 1000) {
      throw new IllegalArgumentException("packagingDelayPolls must be within 0..1000: " + polls);
    }
    this.packagingPolls = polls;
    return this;
  }

  /**
   * Makes the configuration export fallback answer a package ZIP (one step, the work type) instead of
   * the one JSON document real servers are reported to send.
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder fallbackAnswersZip() {
    this.fallbackZip = true;
    return this;
  }

  /**
   * Starts every JSON file of a package with a UTF-8 byte-order mark, as some .NET writers do (default:
   * none).
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder byteOrderMarks() {
    this.byteOrderMarks = true;
    return this;
  }

  /**
   * Puts step files at the ZIP's root instead of under {@code data/} (the folder entries stay), a layout
   * readers are asked to accept (default: under {@code data/}).
   *
   * @return this builder
   */
  public FakeShareDoServerBuilder stepFilesAtRoot() {
    this.stepFilesAtRoot = true;
    return this;
  }

  /**
   * Builds a server that is not started yet; with no environment given, it serves the demo data.
   *
   * @return the server
   */
  public FakeShareDoServer build() {
    List<EnvironmentModel> envs = environments.isEmpty() ? DemoData.environments() : environments;
    ServerSettings.Behaviour behaviour = new ServerSettings.Behaviour(errorShape, impersonation, fixedUser,
        chunkedDownloads, packagingDelay, packagingPolls, fallbackZip, byteOrderMarks, stepFilesAtRoot);
    return new FakeShareDoServer(new ServerSettings(port, envs, jobDuration, clock, clientId, clientSecret,
        tokenLifetime, progressPerPoll, threads, largePackageBytes, extensions, behaviour));
  }

  /**
   * Builds and starts a server.
   *
   * @return the running server
   */
  public FakeShareDoServer start() {
    return build().start();
  }

  private static Duration positive(Duration value, String name) {
    Args.notNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }
}
