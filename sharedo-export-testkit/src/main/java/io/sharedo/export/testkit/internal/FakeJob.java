package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView;
import io.sharedo.export.testkit.JobView.State;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One export job. Its progress is computed from the server's clock (or from the number of progress
 * requests in poll-driven mode) each time it is looked at, so it moves on the server's own schedule
 * without a thread of its own. Finished states are sticky. Thread-safe (all state under the monitor).
 */
final class FakeJob {
  private static final int FAIL_AT = 50;

  final String id;
  final String environment;
  final String idempotencyKey;
  final List<ExportSelection.Item> items;
  final List<FaultBook.Active> faults;
  private final List<ExportSelection.Step> steps;
  private final Instant createdAt;
  private final Clock clock;
  private final Duration duration;
  private final int perPoll;
  private final long padding;
  private final Supplier<List<FaultBook.Active>> globalFaults;

  private int polls;
  private int downloads;
  private State finalState;
  private int finalPercentage;
  private String errorMessage;
  private PackageBytes pkg;
  private boolean tokensRevoked;

  FakeJob(String id, String environment, String idempotencyKey, List<ExportSelection.Item> items,
      List<ExportSelection.Step> steps, List<FaultBook.Active> faults, ServerSettings settings,
      Supplier<List<FaultBook.Active>> globalFaults) {
    this.id = id;
    this.environment = environment;
    this.idempotencyKey = idempotencyKey;
    this.items = List.copyOf(items);
    this.steps = List.copyOf(steps);
    this.faults = List.copyOf(faults);
    this.clock = settings.clock();
    this.createdAt = clock.instant();
    this.duration = settings.jobDuration();
    this.perPoll = settings.progressPerPoll();
    this.padding = settings.largePackageBytes();
    this.globalFaults = globalFaults;
  }

  /** Snapshot of where a job stands. */
  record Status(State state, int percentage, List<String> current, List<String> queued, String errorMessage,
      PackageBytes pkg) {}

  <T extends Fault> boolean has(Class<T> type) {
    return FaultBook.find(type, faults, globalFaults.get()).isPresent();
  }

  /** Counts a progress request; in poll-driven mode it also moves the job on. */
  synchronized void polled() {
    polls++;
  }

  synchronized void downloaded() {
    downloads++;
  }

  /** True once: the caller should revoke every token now (the token-expires-mid-job fault). */
  synchronized boolean revokeTokensNow() {
    if (!tokensRevoked && polls >= 1 && has(Fault.TokenExpiresMidJob.class)) {
      tokensRevoked = true;
      return true;
    }
    return false;
  }

  /** Cancels the job; returns the state it had, so the caller can tell a finished job apart. */
  synchronized State cancel() {
    State before = status().state();
    if (!before.isFinished()) {
      finalPercentage = status().percentage();
      finalState = State.CANCELLED;
    }
    return before;
  }

  synchronized Status status() {
    if (finalState == null) {
      advance();
    }
    if (finalState != null) {
      List<String> current = finalState == State.FAILED ? List.of(errorMessage) : List.of();
      return new Status(finalState, finalPercentage, current, List.of(), errorMessage, pkg);
    }
    int p = nominalPercentage();
    if (p < 0) {
      return new Status(State.PENDING, 0, List.of("Waiting to start"), descriptions(0), null, null);
    }
    int index = Math.min(steps.size(), p * (steps.size() + 1) / 100);
    List<String> all = descriptions(0);
    return new Status(State.RUNNING, p, List.of(all.get(index)), all.subList(index + 1, all.size()), null, null);
  }

  private void advance() {
    int p = nominalPercentage();
    List<FaultBook.Active> global = globalFaults.get();
    var fails = FaultBook.find(Fault.JobFails.class, faults, global);
    if (fails.isPresent() && p >= FAIL_AT) {
      finalState = State.FAILED;
      finalPercentage = FAIL_AT;
      errorMessage = fails.get().message();
      return;
    }
    if (p >= 100 && FaultBook.find(Fault.JobNeverFinishes.class, faults, global).isEmpty()
        && FaultBook.find(Fault.StallAt.class, faults, global).isEmpty()) {
      List<Fault> all = new ArrayList<>();
      faults.forEach(a -> all.add(a.fault));
      global.forEach(a -> all.add(a.fault));
      pkg = PackageFactory.build(environment, id, steps, clock.instant(), all, padding);
      finalState = State.COMPLETED;
      finalPercentage = 100;
    }
  }

  /** Percentage before faults cap it: -1 while pending, else 0..100. */
  private int nominalPercentage() {
    int p;
    if (perPoll > 0) {
      p = polls == 0 ? -1 : Math.min(100, polls * perPoll);
    } else {
      long total = duration.toMillis();
      long pending = total / 10;
      long elapsed = Duration.between(createdAt, clock.instant()).toMillis();
      p = elapsed < pending ? -1 : (int) Math.min(100, (elapsed - pending) * 100 / Math.max(1, total - pending));
    }
    List<FaultBook.Active> global = globalFaults.get();
    if (FaultBook.find(Fault.JobNeverFinishes.class, faults, global).isPresent()) {
      p = Math.min(p, 99);
    }
    var stall = FaultBook.find(Fault.StallAt.class, faults, global);
    if (stall.isPresent() && p > stall.get().percentage()) {
      p = stall.get().percentage();
    }
    return p;
  }

  private List<String> descriptions(int from) {
    List<String> all = new ArrayList<>();
    steps.forEach(s -> all.add(s.description()));
    all.add("Packaging " + steps.size() + " components");
    return all.subList(from, all.size());
  }

  ObjectNode progressJson() {
    Status s = status();
    ObjectNode n = Responses.JSON.createObjectNode();
    n.put("state", s.state().name());
    n.put("percentage", s.percentage());
    ArrayNode current = n.putArray("current");
    s.current().forEach(d -> current.addObject().put("description", d));
    ArrayNode queued = n.putArray("queued");
    s.queued().forEach(d -> queued.addObject().put("description", d));
    n.put("complete", s.state() == State.COMPLETED);
    n.put("packageAvailable", s.pkg() != null);
    n.put("errorMessage", s.errorMessage());
    if (s.pkg() != null) {
      n.put("packageSize", s.pkg().size());
      n.put("packageSha256", s.pkg().reportedSha256);
    } else {
      n.putNull("packageSize");
      n.putNull("packageSha256");
    }
    return n;
  }

  synchronized JobView view() {
    Status s = status();
    List<String> names = new ArrayList<>();
    items.forEach(i -> names.add(i.toString()));
    return new JobView(id, environment, s.state(), s.percentage(),
        s.state() == State.RUNNING || s.state() == State.PENDING ? s.current().get(0) : null, names, idempotencyKey,
        polls, downloads, s.pkg() == null ? null : s.pkg().size(), s.pkg() == null ? null : s.pkg().reportedSha256,
        s.errorMessage());
  }
}
