package io.sharedo.export.core.internal.http;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a JDK {@link HttpClient} its owner is done with. Every {@code HttpClient} has its own
 * selector thread ({@code HttpClient-<id>-SelectorManager}), which on Java 17 ends only once the
 * client has been garbage collected: a closed {@code ShareDoExportClient} would leave one thread
 * per environment behind. It also costs every process 0.3 s at exit, because HotSpot waits up to
 * 300 ms for threads in native code (the selector sits in {@code epoll_wait}) before it exits.
 *
 * <p>Java 21 and later have {@code HttpClient.shutdownNow()}, which is used when present. On
 * Java 17 the selector thread stops itself when it is interrupted (its loop runs
 * {@code while (!isInterrupted() && !closed)}) and closes the idle connections; an exchange still
 * under way, or one sent afterwards, then stalls until the caller's own timeout ends it, so stop a
 * client only when nothing can send on it any more. The thread is found by the client id that
 * {@code HttpClientImpl.toString()} ends with. If neither is possible (another JDK), nothing is
 * done and the thread ends when the client is collected. Thread-safe.
 */
public final class HttpClientShutdown {
  private static final Logger LOG = LoggerFactory.getLogger(HttpClientShutdown.class);
  private static final @Nullable MethodHandle SHUTDOWN_NOW = shutdownNow();
  /** {@code jdk.internal.net.http.HttpClientImpl@1b2c3d(7)}: the id in parentheses. */
  private static final Pattern CLIENT_ID =
      Pattern.compile("^jdk\\.internal\\.net\\.http\\.HttpClientImpl@\\p{XDigit}+\\((\\d+)\\)$");
  private static final String SELECTOR_CLASS = "jdk.internal.net.http.HttpClientImpl$SelectorManager";

  private HttpClientShutdown() {}

  /**
   * Stops the client's selector thread; see the class comment for exchanges still under way.
   *
   * @param client a client no longer in use
   * @return whether the client was stopped (false: left to the garbage collector)
   */
  public static boolean stop(HttpClient client) {
    if (SHUTDOWN_NOW != null) {
      try {
        SHUTDOWN_NOW.invoke(client);
        return true;
      } catch (Error e) {
        throw e;
      } catch (Throwable e) {
        // MethodHandle.invoke declares Throwable; shutdownNow() itself throws nothing checked.
        LOG.debug("HttpClient.shutdownNow() failed: {}", e.toString());
        return false;
      }
    }
    Thread selector = selectorThread(client);
    if (selector == null) {
      return false;
    }
    selector.interrupt();
    return true;
  }

  /**
   * The client's selector thread on Java 17, or null when it cannot be told apart.
   *
   * @param client the client
   * @return the live selector thread, or null
   */
  static @Nullable Thread selectorThread(HttpClient client) {
    Matcher id = CLIENT_ID.matcher(client.toString());
    if (!id.matches()) {
      return null;
    }
    String name = "HttpClient-" + id.group(1) + "-SelectorManager";
    for (Thread thread : liveThreads()) {
      if (thread.getName().equals(name) && thread.getClass().getName().equals(SELECTOR_CLASS)) {
        return thread;
      }
    }
    return null;
  }

  private static Thread[] liveThreads() {
    ThreadGroup root = Thread.currentThread().getThreadGroup();
    while (root.getParent() != null) {
      root = root.getParent();
    }
    Thread[] threads = new Thread[root.activeCount() + 16];
    int count;
    while ((count = root.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    return Arrays.copyOf(threads, count);
  }

  private static @Nullable MethodHandle shutdownNow() {
    try {
      return MethodHandles.publicLookup().findVirtual(HttpClient.class, "shutdownNow",
          MethodType.methodType(void.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }
}
