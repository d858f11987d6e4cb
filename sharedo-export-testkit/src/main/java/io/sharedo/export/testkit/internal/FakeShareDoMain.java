package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The runnable jar's entry point: a demo-data fake ShareDo server from the command line, for curl or
 * another tool: {@code java -jar sharedo-export-testkit.jar --port 8080 [--job-duration 5s]
 * [--client ID --secret S] [--all-extensions]}. It prints the URLs and credentials, then serves until the
 * process is stopped; {@code --help} prints the usage and exits 0.
 */
public final class FakeShareDoMain {
  static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -jar sharedo-export-testkit.jar [--port N] [--job-duration 5s|500ms] [--client ID --secret SECRET]",
      "                                            [--all-extensions]",
      "Serves the demo environments uat and vnext like a real ShareDo 7.9 server until stopped (Ctrl+C).",
      "  --port N            the port on 127.0.0.1 (default: a free one, printed at start)",
      "  --job-duration D    how long an export job runs (default 2s)",
      "  --client ID         the accepted client id (default test-client)",
      "  --secret SECRET     the accepted client secret (default test-secret)",
      "  --all-extensions    switch on packageSize, packageSha256, ETag/Range, cancel, Idempotency-Key, includeDependencies",
      "  --help, -h          print this help and exit");

  private FakeShareDoMain() {}

  /**
   * Whether the command line asks for help.
   *
   * @param args the command line
   * @return true when it holds {@code --help} or {@code -h}
   */
  public static boolean helpRequested(String... args) {
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts the server and blocks until the JVM shuts down.
   *
   * @param args the command line
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    if (helpRequested(args)) {
      System.out.println(USAGE);
      return;
    }
    FakeShareDoServer server;
    try {
      server = launch(System.out, args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "fake-sharedo-shutdown"));
    stopped.await();
  }

  /**
   * Parses the command line, starts a demo-data server and describes it on {@code out}; the caller
   * closes it. Used by {@link #main(String[])} and by tests.
   *
   * @param out where to print the URLs and credentials
   * @param args {@code --port N}, {@code --job-duration 5s|500ms}, {@code --client ID}, {@code --secret S},
   *     {@code --all-extensions}
   * @return the running server
   * @throws IllegalArgumentException for a bad command line (including {@code --help}: see {@link #helpRequested})
   */
  public static FakeShareDoServer launch(PrintStream out, String... args) {
    FakeShareDoServerBuilder builder = FakeShareDoServer.builder().demoData();
    String client = null;
    String secret = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException("help requested");
      }
      if (option.equals("--all-extensions")) {
        builder.extensions(Extension.values());
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(parseInt(option, value));
        case "--job-duration" -> builder.jobDuration(parseDuration(value));
        case "--client" -> client = value;
        case "--secret" -> secret = value;
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (client != null || secret != null) {
      builder.credentials(client == null ? "test-client" : client, secret == null ? "test-secret" : secret);
    }
    FakeShareDoServer server = builder.start();
    out.println("Fake ShareDo listening on 127.0.0.1:" + server.port());
    out.println("identity:  " + server.identityUrl() + "  (client " + server.clientId() + " / "
        + server.clientSecret() + ")");
    for (String env : server.environments()) {
      out.println("env " + env + ": " + server.baseUrl(env));
    }
    out.flush();
    return server;
  }

  private static int parseInt(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number: " + value, e);
    }
  }

  private static Duration parseDuration(String value) {
    try {
      if (value.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
      }
      if (value.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
      }
      return Duration.ofSeconds(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--job-duration needs e.g. 5s or 500ms: " + value, e);
    }
  }
}
