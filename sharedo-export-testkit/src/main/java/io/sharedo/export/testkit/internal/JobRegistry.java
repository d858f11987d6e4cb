package io.sharedo.export.testkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The jobs of one server by id, and the Idempotency-Key of each per environment. Thread-safe. */
final class JobRegistry {
  private final Map<String, FakeJob> jobs = new HashMap<>();
  private final List<FakeJob> inOrder = new ArrayList<>();
  private final Map<String, String> byKey = new HashMap<>();

  /**
   * Returns the job this key already made in this environment, or makes one with {@code factory}
   * (given the new id) and remembers it.
   */
  synchronized FakeJob findOrCreate(String environment, @Nullable String idempotencyKey, Function<String, FakeJob> factory) {
    String keyId = idempotencyKey == null ? null : environment + "\n" + idempotencyKey;
    if (keyId != null && byKey.containsKey(keyId)) {
      return Objects.requireNonNull(jobs.get(byKey.get(keyId)), "every key names a job");
    }
    FakeJob job = factory.apply(UUID.randomUUID().toString());
    jobs.put(job.id, job);
    inOrder.add(job);
    if (keyId != null) {
      byKey.put(keyId, job.id);
    }
    return job;
  }

  synchronized Optional<FakeJob> get(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  synchronized List<FakeJob> all() {
    return List.copyOf(inOrder);
  }
}
