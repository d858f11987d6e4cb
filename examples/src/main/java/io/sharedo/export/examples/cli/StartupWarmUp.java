package io.sharedo.export.examples.cli;

import java.security.NoSuchAlgorithmException;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Prepares, on a second core, what the tool's first request needs while the first core parses the
 * command line. A fresh JVM spends about 0.15 s creating the JDK's default {@code SSLContext}
 * (an {@code HttpClient} of an environment with an {@code https} URL asks for it when it is built), and
 * about as long again loading the classes of a first exchange, which a {@link LoopbackRehearsal}
 * loads; picocli's parse takes as long. Both are JVM-wide and idempotent, so whichever thread comes
 * second finds the work done. A daemon thread; {@link #finish}, just before the JVM exits, stops the
 * rehearsal and waits for it while its client is open. Once per JVM ({@code main}); thread-safe.
 */
final class StartupWarmUp {
  /** The subcommands that always talk to a server. */
  private static final Set<String> NETWORK_COMMANDS = Set.of("export", "batch", "status", "cancel", "recover");
  /**
   * The longest {@link #finish} waits. A rehearsal stopped while it builds its client ends once that
   * client is built, has failed its first request and is closed: 0.15–0.2 s on 2 cores.
   */
  private static final long FINISH_MILLIS = 1000;
  private static final LoopbackRehearsal REHEARSAL = new LoopbackRehearsal();
  private static volatile @Nullable Thread running;

  private StartupWarmUp() {}

  /**
   * Ends the warm-up if it still runs, and waits (briefly) for its thread: called just before the JVM
   * exits, which would otherwise wait up to 0.3 s for the rehearsal's threads in native code.
   */
  static void finish() {
    Thread thread = running;
    if (thread == null || !REHEARSAL.stop()) {
      return; // no rehearsal client is open: nothing of the warm-up sits in native code
    }
    try {
      thread.join(FINISH_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts the warm-up thread when the command line names a subcommand that sends requests, and returns
   * at once. The top-level {@code --help} and {@code --version}, {@code inspect}, and a {@code compare}
   * of two package files send none: there it would only compete with picocli for the cores.
   *
   * @param args the command line
   */
  static void startFor(String[] args) {
    if (!sendsRequests(args)) {
      return;
    }
    boolean tls = mayUseTls(args);
    Thread thread = new Thread(() -> run(tls), "sharedo-export-startup");
    thread.setDaemon(true);
    thread.setUncaughtExceptionHandler((t, error) -> { }); // a warm-up never prints on the user's terminal
    running = thread;
    thread.start();
  }

  /**
   * Whether the command line runs a subcommand that sends requests.
   *
   * @param args the command line
   * @return true for export, batch, status, cancel and recover, and for a compare that reads an environment
   */
  static boolean sendsRequests(String[] args) {
    if (args.length == 0 || names(args, "--help") || names(args, "-h") || names(args, "--version")
        || names(args, "-V")) {
      return false;
    }
    if (args[0].equals("compare")) {
      return !(names(args, "--left-package") && names(args, "--right-package"));
    }
    return NETWORK_COMMANDS.contains(args[0]);
  }

  /**
   * Whether the command line may need TLS: unless it names {@code http://} URLs and no {@code https://}
   * one. With only plain URLs the client builds no TLS stack, so preparing one would only take the core
   * picocli needs; without any URL (a file of environments, the built-in server) it may.
   *
   * @param args the command line
   * @return false when every URL given is plain {@code http}
   */
  static boolean mayUseTls(String[] args) {
    boolean plain = false;
    for (String arg : args) {
      if (arg.contains("https://")) {
        return true;
      }
      plain |= arg.contains("http://");
    }
    return !plain;
  }

  private static boolean names(String[] args, String option) {
    for (String arg : args) {
      if (arg.equals(option) || arg.startsWith(option + "=")) {
        return true;
      }
    }
    return false;
  }

  private static void run(boolean tls) {
    try {
      if (tls) {
        SSLContext.getDefault();
      }
      REHEARSAL.run();
    } catch (NoSuchAlgorithmException | RuntimeException e) {
      // Only preparation: the client reports a missing TLS provider itself, when it needs one, and a
      // warm-up must never print on the tool's standard error.
    }
  }
}
