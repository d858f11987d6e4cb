package io.sharedo.export.testkit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a demo-data fake ShareDo server from the command line, for curl or another tool:
 * {@code java -jar sharedo-export-testkit.jar --port 8080 [--job-duration 5s] [--client ID --secret S]}.
 * It prints the URLs and credentials, then serves until the process is stopped.
 */
public final class FakeShareDoMain {
  private FakeShareDoMain() {}

  /**
   * Starts the server and blocks until the JVM shuts down.
   *
   * @param args the command line
   * @throws InterruptedException when interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    FakeShareDoServer server;
    try {
      server = launch(System.out, args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: java -jar sharedo-export-testkit.jar [--port N] [--job-duration 5s] "
          + "[--client ID --secret SECRET]");
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
   * @param args {@code --port N}, {@code --job-duration 5s|500ms}, {@code --client ID}, {@code --secret S}
   * @return the running server
   * @throws IllegalArgumentException for a bad command line
   */
  public static FakeShareDoServer launch(PrintStream out, String... args) {
    FakeShareDoServer.Builder builder = FakeShareDoServer.builder().demoData();
    String client = null;
    String secret = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new IllegalArgumentException("help requested");
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
