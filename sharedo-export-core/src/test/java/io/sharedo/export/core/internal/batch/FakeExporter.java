package io.sharedo.export.core.internal.batch;

import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.core.internal.RequestThrottle;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A batch exporter whose exports the test finishes by hand: {@link #succeed}, {@link #fail}, or
 * never. It records the most exports outstanding (started, not done) at any start. Not the HTTP layer: the batch runner
 * only ever sees futures, so this is the whole contract it depends on.
 */
class FakeExporter implements BatchExporter {
  final List<String> started = new CopyOnWriteArrayList<>();
  final Map<String, CompletableFuture<ExportResult>> futures = new ConcurrentHashMap<>();
  final Map<String, RequestThrottle> throttles = new ConcurrentHashMap<>();
  final Map<String, Duration> deadlines = new ConcurrentHashMap<>();
  final AtomicInteger maxInFlight = new AtomicInteger();

  static ExportResult resultFor(ExportParams params) {
    ExportPackage content = new ExportPackage(
        new PackageManifest(null, null, params.environment(), null, null, List.of(), List.of()), List.of(), List.of());
    return new ExportResult(params, null, ExportMethod.CONFIGURATION_EXPORT, content, null, Duration.ZERO);
  }

  @Override
  public CompletableFuture<ExportResult> start(ExportParams params, java.nio.file.Path destination,
      RequestThrottle throttle, Duration deadline) {
    String name = params.systemName();
    started.add(name);
    throttles.put(name, throttle);
    deadlines.put(name, deadline);
    CompletableFuture<ExportResult> future = new CompletableFuture<>();
    futures.put(name, future);
    // Outstanding means not yet done: a future that just completed no longer counts, even if its
    // other completion callbacks have not run yet.
    int outstanding = (int) futures.values().stream().filter(f -> !f.isDone()).count();
    maxInFlight.accumulateAndGet(outstanding, Math::max);
    onStart(params, future);
    return future;
  }

  /** A hook for exporters that finish on their own. */
  void onStart(ExportParams params, CompletableFuture<ExportResult> future) {}

  void succeed(String systemName, ExportParams params) {
    futures.get(systemName).complete(resultFor(params));
  }

  void fail(String systemName, Throwable error) {
    futures.get(systemName).completeExceptionally(error);
  }
}
