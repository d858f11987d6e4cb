package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that starts a {@link FakeShareDoServer} and closes it afterwards.
 *
 * <p>Declarative: {@code @ExtendWith(FakeShareDoExtension.class)} starts a demo-data server for each
 * test and injects it into any {@code FakeShareDoServer} parameter of the test or its
 * {@code @BeforeEach}/{@code @AfterEach} methods.
 *
 * <p>Programmatic: {@code @RegisterExtension static FakeShareDoExtension fake =
 * FakeShareDoExtension.builder().progressPerPoll(50).build();} starts one server for the whole class
 * (a static field) or one per test (an instance field); reach it with {@link #server()} or a parameter.
 *
 * <p>Thread-safe for the declarative form (each test has its own server in its own context); a
 * programmatic instance holds one current server and suits sequential tests.
 */
public final class FakeShareDoExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
      FakeShareDoExtension.class);
  private static final String KEY = "server";

  private final List<Consumer<FakeShareDoServerBuilder>> configuration;
  private final boolean declarative;
  private volatile @Nullable FakeShareDoServer server;
  private volatile boolean perClass;
  private volatile @Nullable String owner;

  /** The declarative form: a demo-data server per test. */
  public FakeShareDoExtension() {
    this(List.of(FakeShareDoServerBuilder::demoData), true);
  }

  private FakeShareDoExtension(List<Consumer<FakeShareDoServerBuilder>> configuration, boolean declarative) {
    this.configuration = List.copyOf(configuration);
    this.declarative = declarative;
  }

  /**
   * A builder for the programmatic form; with nothing configured the server serves the demo data.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The server of the running test (or class).
   *
   * @return the started server
   * @throws IllegalStateException outside a test, or for the declarative form (use a parameter)
   */
  public FakeShareDoServer server() {
    FakeShareDoServer s = server;
    if (s == null) {
      throw new IllegalStateException(declarative
          ? "the declarative extension injects the server as a test method parameter"
          : "no server is running: server() works only inside a test");
    }
    return s;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    // @Nested classes call beforeAll again: they share the outer class's server.
    if (!declarative && server == null) {
      perClass = true;
      owner = context.getUniqueId();
      server = startNew();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (!declarative && perClass && context.getUniqueId().equals(owner)) {
      stop();
      perClass = false;
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (declarative) {
      context.getStore(NAMESPACE).put(KEY, startNew());
    } else if (!perClass) {
      server = startNew();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (declarative) {
      FakeShareDoServer s = context.getStore(NAMESPACE).remove(KEY, FakeShareDoServer.class);
      if (s != null) {
        s.close();
      }
    } else if (!perClass) {
      stop();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeShareDoServer.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    FakeShareDoServer s = declarative ? context.getStore(NAMESPACE).get(KEY, FakeShareDoServer.class) : server;
    if (s == null) {
      throw new ParameterResolutionException("no FakeShareDoServer is running for " + context.getDisplayName()
          + " (a per-test server cannot be injected into @BeforeAll)");
    }
    return s;
  }

  private FakeShareDoServer startNew() {
    FakeShareDoServerBuilder b = FakeShareDoServer.builder();
    configuration.forEach(c -> c.accept(b));
    return b.start();
  }

  private void stop() {
    FakeShareDoServer s = server;
    server = null;
    if (s != null) {
      s.close();
    }
  }

  /**
   * Configures a programmatic {@link FakeShareDoExtension}: each setter records a step applied to a
   * fresh {@link FakeShareDoServerBuilder} whenever a server starts. Not thread-safe.
   */
  public static final class Builder {
    private final List<Consumer<FakeShareDoServerBuilder>> steps = new ArrayList<>();

    private Builder() {}

    /**
     * Applies any server setting.
     *
     * @param step changes the server builder
     * @return this builder
     */
    public Builder configure(Consumer<FakeShareDoServerBuilder> step) {
      steps.add(Args.notNull(step, "step"));
      return this;
    }

    /**
     * See {@link FakeShareDoServerBuilder#demoData()}.
     *
     * @return this builder
     */
    public Builder demoData() {
      return configure(FakeShareDoServerBuilder::demoData);
    }

    /**
     * See {@link FakeShareDoServerBuilder#environment(String, Consumer)}.
     *
     * @param name the environment's name
     * @param spec its content
     * @return this builder
     */
    public Builder environment(String name, Consumer<EnvironmentModel.Builder> spec) {
      Args.notBlank(name, "name");
      Args.notNull(spec, "spec");
      return configure(b -> b.environment(name, spec));
    }

    /**
     * See {@link FakeShareDoServerBuilder#jobDuration(Duration)}.
     *
     * @param jobDuration positive
     * @return this builder
     */
    public Builder jobDuration(Duration jobDuration) {
      FakeShareDoServer.builder().jobDuration(jobDuration);
      return configure(b -> b.jobDuration(jobDuration));
    }

    /**
     * See {@link FakeShareDoServerBuilder#progressPerPoll(int)}.
     *
     * @param percent 1..100
     * @return this builder
     */
    public Builder progressPerPoll(int percent) {
      FakeShareDoServer.builder().progressPerPoll(percent);
      return configure(b -> b.progressPerPoll(percent));
    }

    /**
     * See {@link FakeShareDoServerBuilder#extensions(Extension...)}: the protocol extensions to switch on
     * (none by default, as on a real server).
     *
     * @param extensions the extensions
     * @return this builder
     */
    public Builder extensions(Extension... extensions) {
      FakeShareDoServer.builder().extensions(extensions);
      Extension[] copy = extensions.clone();
      return configure(b -> b.extensions(copy));
    }

    /**
     * See {@link FakeShareDoServerBuilder#clock(Clock)}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      Args.notNull(clock, "clock");
      return configure(b -> b.clock(clock));
    }

    /**
     * See {@link FakeShareDoServerBuilder#credentials(String, String)}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder credentials(String clientId, String clientSecret) {
      FakeShareDoServer.builder().credentials(clientId, clientSecret);
      return configure(b -> b.credentials(clientId, clientSecret));
    }

    /**
     * Builds the extension.
     *
     * @return the extension
     */
    public FakeShareDoExtension build() {
      return new FakeShareDoExtension(steps, false);
    }
  }
}
