package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.RecordedRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps every request received, in order, and a count per endpoint. Thread-safe. */
final class Recorder {
  private final BlockingQueue<RecordedRequest> queue = new LinkedBlockingQueue<>();
  private final Map<Endpoint, AtomicInteger> counts = new ConcurrentHashMap<>();

  void record(RecordedRequest request) {
    counts.computeIfAbsent(request.endpoint(), e -> new AtomicInteger()).incrementAndGet();
    queue.add(request);
  }

  RecordedRequest take(Duration timeout) throws InterruptedException {
    return queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  int count(Endpoint endpoint) {
    AtomicInteger n = counts.get(endpoint);
    return n == null ? 0 : n.get();
  }

  int total() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }
}
