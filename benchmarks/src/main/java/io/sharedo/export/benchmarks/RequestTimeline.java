package io.sharedo.export.benchmarks;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * When each request reached a fake server, on the benchmark's {@code System.nanoTime()} clock: a
 * daemon thread takes the server's recorded requests as they arrive (the server records a request
 * before answering it). Figure 7 reads a run's timeline to see where a tool's time went.
 */
final class RequestTimeline implements AutoCloseable {
  /** One request: when it arrived and which endpoint it asked for. */
  record Arrival(long nanos, Endpoint endpoint) {}

  private final List<Arrival> arrivals = new ArrayList<>();
  private final Thread taker;
  private volatile boolean open = true;

  RequestTimeline(FakeShareDoServer server) {
    taker = new Thread(() -> {
      try {
        while (open) {
          RecordedRequest request = server.takeRequest(Duration.ofMillis(20));
          if (request != null) {
            long now = System.nanoTime();
            synchronized (arrivals) {
              arrivals.add(new Arrival(now, request.endpoint()));
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bench-request-timeline");
    taker.setDaemon(true);
    taker.start();
  }

  /**
   * The requests that arrived from {@code startNanos} on, waiting a moment for the taker to catch up.
   *
   * @param startNanos the run's start
   * @return the arrivals, in order
   * @throws InterruptedException when interrupted while waiting
   */
  List<Arrival> since(long startNanos) throws InterruptedException {
    Thread.sleep(50);
    synchronized (arrivals) {
      return arrivals.stream().filter(a -> a.nanos() >= startNanos).toList();
    }
  }

  /** The first arrival of an endpoint, or null. */
  static Arrival first(List<Arrival> arrivals, Endpoint endpoint) {
    return arrivals.stream().filter(a -> a.endpoint() == endpoint).findFirst().orElse(null);
  }

  /** The last arrival of an endpoint, or null. */
  static Arrival last(List<Arrival> arrivals, Endpoint endpoint) {
    List<Arrival> matching = new ArrayList<>(arrivals.stream().filter(a -> a.endpoint() == endpoint).toList());
    return matching.isEmpty() ? null : matching.get(matching.size() - 1);
  }

  /** How many arrivals asked for an endpoint. */
  static int count(List<Arrival> arrivals, Endpoint endpoint) {
    return (int) arrivals.stream().filter(a -> a.endpoint() == endpoint).count();
  }

  @Override
  public void close() {
    open = false;
    try {
      taker.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
