package io.sharedo.export.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.RetrySettings;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.ShareDoExportClientBuilder;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;
import io.sharedo.export.testkit.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the end-to-end tests: a fake ShareDo server whose jobs advance per poll, a client with
 * short intervals, and the invariants checked after every test: no temp files left, no client
 * thread left running, no token or secret in the captured log output.
 */
public abstract class FakeServerTest {
  /** Fast polling: the fake moves a job 25 points per poll. */
  protected static final PollPolicy FAST_POLLING = PollPolicy.builder()
      .initialInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(20))
      .defaultDeadline(Duration.ofSeconds(20))
      .stallTimeout(Duration.ofSeconds(10))
      .jitter(0.1)
      .build();
  /** Quick retries. */
  protected static final RetrySettings FAST_RETRIES = RetrySettings.builder()
      .maxAttempts(4)
      .initialBackoff(Duration.ofMillis(5))
      .maxBackoff(Duration.ofMillis(50))
      .build();

  protected FakeShareDoServer server;
  protected ShareDoExportClient client;
  protected RecordingListener listener = new RecordingListener();

  @TempDir
  protected Path work;
  protected Path temp;
  protected Path out;

  @BeforeEach
  void startServer() throws IOException {
    server = configure(FakeShareDoServer.builder().demoData().progressPerPoll(25)).start();
    temp = Files.createDirectories(work.resolve("tmp"));
    out = Files.createDirectories(work.resolve("out"));
    client = clientBuilder().build();
  }

  /**
   * Replaces the server (and the client) with one that has more settings, for a test that relies on
   * something a real server lacks, e.g. {@code restartServer(b -> b.extensions(Extension.CANCEL))}.
   *
   * @param settings applied after {@link #configure}
   */
  protected void restartServer(Consumer<FakeShareDoServerBuilder> settings) {
    client.close();
    server.close();
    FakeShareDoServerBuilder builder = configure(FakeShareDoServer.builder().demoData().progressPerPoll(25));
    settings.accept(builder);
    server = builder.start();
    client = clientBuilder().build();
  }

  /** Lets a test class change the server. */
  protected FakeShareDoServerBuilder configure(FakeShareDoServerBuilder builder) {
    return builder;
  }

  /** A client builder wired to the fake's {@code uat} and {@code vnext} environments. */
  protected ShareDoExportClientBuilder clientBuilder() {
    return ShareDoExportClient.builder()
        .environment("uat", environment("uat"))
        .environment("vnext", environment("vnext"))
        .listener(listener)
        .pollPolicy(FAST_POLLING)
        .retrySettings(FAST_RETRIES)
        .requestTimeout(Duration.ofSeconds(1))
        .tempDirectory(temp);
  }

  protected Environment environment(String name) {
    return Environment.builder(server.baseUrl(name))
        .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
        .build();
  }

  protected static ExportParams matter(String environment) {
    return ExportParams.of(ExportType.WORKTYPE, "matter", environment);
  }

  @AfterEach
  void checkInvariants() throws Exception {
    Set<String> authorizations = new HashSet<>();
    for (RecordedRequest r; (r = server.takeRequest(Duration.ZERO)) != null; ) {
      r.header("authorization").ifPresent(a -> authorizations.add(a.replaceFirst("^\\S+\\s+", "")));
    }
    client.close();
    server.close();
    String logs = CapturedLogs.text();
    assertThat(authorizations).allSatisfy(secret -> assertThat(logs).doesNotContain(secret));
    assertThat(logs).doesNotContain(server.clientSecret());
    assertThat(leftovers(temp)).as("temporary files left behind").isEmpty();
    assertThat(leftovers(out).stream().filter(p -> p.getFileName().toString().contains(".part-")))
        .as("partial downloads left behind").isEmpty();
    assertThat(waitForClientThreadsToEnd()).as("client threads still running").isEmpty();
  }

  protected static List<Path> leftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList();
    }
  }

  /** The client threads still alive, after giving them a moment to end (a pool reports termination just before). */
  protected static List<String> waitForClientThreadsToEnd() throws InterruptedException {
    List<String> alive = List.of();
    for (int i = 0; i < 100; i++) {
      alive = Thread.getAllStackTraces().keySet().stream()
          .filter(Thread::isAlive)
          .map(Thread::getName)
          .filter(n -> n.startsWith("sharedo-export-"))
          .toList();
      if (alive.isEmpty()) {
        return alive;
      }
      Thread.sleep(20);
    }
    return alive;
  }
}
