package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.DownloadFault;
import io.sharedo.export.testkit.EnvironmentModel;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobFault;
import io.sharedo.export.testkit.JobView.State;
import io.sharedo.export.testkit.JobView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One export job. Its progress is computed from the server's clock (or from the number of progress
 * requests in poll-driven mode) each time it is looked at, so it moves on the server's own schedule
 * without a thread of its own. Finished states are sticky. Thread-safe (all state under the monitor).
 */
final class FakeJob {
  private static final int FAIL_AT = 50;

  /**
   * What a create request asked for.
   *
   * @param model the environment's model
   * @param configName the export configuration name, the manifest's {@code Name}
   * @param createdBy who the token stood for, the manifest's {@code CreatedBy}
   * @param items the requested items
   * @param steps the resolved steps
   */
  record Request(EnvironmentModel model, String configName, String createdBy, List<ExportSelection.Item> items,
      List<ExportSelection.Step> steps) {}

  /** Snapshot of where a job stands; {@code complete} may be true while {@code pkg} is still null (packaging). */
  record Status(State state, int percentage, List<String> current, List<String> queued, @Nullable String errorMessage,
      boolean complete, @Nullable PackageBytes pkg) {}

  final String id;
  final String environment;
  final String idempotencyKey;
  final List<FaultBook.Active> faults;
  private final Request request;
  private final Clock clock;
  private final Instant createdAt;
  private final ServerSettings settings;
  private final Supplier<List<FaultBook.Active>> globalFaults;

  private int polls;
  private int downloads;
  private @Nullable State finalState;
  private int finalPercentage;
  private @Nullable String errorMessage;
  private @Nullable Instant completedAt;
  private int pollsAtCompletion;
  private @Nullable PackageBytes pkg;
  private @Nullable String packageFileName;
  private boolean tokensRevoked;

  FakeJob(String id, String idempotencyKey, Request request, List<FaultBook.Active> faults, ServerSettings settings,
      Supplier<List<FaultBook.Active>> globalFaults) {
    this.id = id;
    this.environment = request.model().name();
    this.idempotencyKey = idempotencyKey;
    this.request = request;
    this.faults = List.copyOf(faults);
    this.settings = settings;
    this.clock = settings.clock();
    this.createdAt = clock.instant();
    this.globalFaults = globalFaults;
  }

  <T extends Fault> boolean has(Class<T> type) {
    return find(type).isPresent();
  }

  private <T extends Fault> Optional<T> find(Class<T> type) {
    return FaultBook.find(type, faults, globalFaults.get());
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
    if (!tokensRevoked && polls >= 1 && has(JobFault.TokenExpiresMidJob.class)) {
      tokensRevoked = true;
      return true;
    }
    return false;
  }

  /** Cancels the job; returns the state it had, so the caller can tell a finished job apart. */
  synchronized State cancel() {
    Status before = status();
    if (!before.state().isFinished()) {
      finalPercentage = before.percentage();
      finalState = State.CANCELLED;
    }
    return before.state();
  }

  synchronized @Nullable String packageFileName() {
    return packageFileName;
  }

  synchronized Status status() {
    if (finalState == null) {
      advance();
    }
    if (finalState == State.COMPLETED) {
      return new Status(finalState, 100, List.of(), List.of(), null, true, packaged() ? pkg : null);
    }
    if (finalState != null) {
      List<String> current = finalState == State.CANCELLED ? List.of() : List.of(errorMessage);
      return new Status(finalState, finalPercentage, current, List.of(), errorMessage, false, null);
    }
    int p = nominalPercentage();
    List<String> all = descriptions();
    if (p < 0) {
      return new Status(State.PENDING, 0, List.of("Waiting to start"), all, null, false, null);
    }
    int index = Math.min(all.size() - 1, p * all.size() / 100);
    return new Status(State.RUNNING, p, List.of(all.get(index)), all.subList(index + 1, all.size()), null, false,
        null);
  }

  /** Whether the packaging delay after completion is over. */
  private boolean packaged() {
    ServerSettings.Behaviour b = settings.behaviour();
    return polls - pollsAtCompletion >= b.packagingPolls()
        && !clock.instant().isBefore(Objects.requireNonNull(completedAt, "completed").plus(b.packagingDelay()));
  }

  private void advance() {
    int p = nominalPercentage();
    var fails = find(JobFault.JobFails.class);
    if (fails.isPresent() && p >= FAIL_AT) {
      finish(State.FAILED, FAIL_AT, fails.get().message());
      return;
    }
    if (p >= 100 && !has(JobFault.JobNeverFinishes.class) && !has(JobFault.StallAt.class)) {
      var packaging = find(JobFault.PackageCreationFails.class);
      if (packaging.isPresent()) {
        finish(State.PACKAGE_CREATION_FAILED, 100, packaging.get().message());
        return;
      }
      List<Fault> all = new ArrayList<>();
      faults.forEach(a -> all.add(a.fault));
      globalFaults.get().forEach(a -> all.add(a.fault));
      Instant now = clock.instant();
      EnvironmentModel model = request.model();
      pkg = PackageFactory.build(new ManifestJson.Header(request.configName(), request.createdBy(),
          model.exportedFrom(), model.sharedoVersion(), now), request.steps(), all, settings.largePackageBytes(),
          settings.behaviour());
      packageFileName = DownloadWriter.fileName(request.configName(), now);
      completedAt = now;
      pollsAtCompletion = polls;
      finish(State.COMPLETED, 100, null);
    }
  }

  private void finish(State state, int percentage, @Nullable String message) {
    finalState = state;
    finalPercentage = percentage;
    errorMessage = message;
  }

  /** Percentage before faults cap it: -1 while pending, else 0..100. */
  private int nominalPercentage() {
    int p;
    if (settings.progressPerPoll() > 0) {
      p = polls == 0 ? -1 : Math.min(100, polls * settings.progressPerPoll());
    } else {
      long total = settings.jobDuration().toMillis();
      long pending = total / 10;
      long elapsed = Duration.between(createdAt, clock.instant()).toMillis();
      p = elapsed < pending ? -1 : (int) Math.min(100, (elapsed - pending) * 100 / Math.max(1, total - pending));
    }
    if (has(JobFault.JobNeverFinishes.class)) {
      p = Math.min(p, 99);
    }
    var stall = find(JobFault.StallAt.class);
    if (stall.isPresent() && p > stall.get().percentage()) {
      p = stall.get().percentage();
    }
    return p;
  }

  private List<String> descriptions() {
    List<String> all = new ArrayList<>();
    for (ExportSelection.Step s : request.steps()) {
      String d = s.description();
      String what = d.isEmpty() ? s.provider() : Character.toLowerCase(d.charAt(0)) + d.substring(1);
      all.add("Finding the dependencies of " + what);
      all.add("Exporting " + what);
    }
    all.add("Creating the package");
    return all;
  }

  /** The observed progress fields; {@code packageSize}/{@code packageSha256} only with their extensions. */
  ObjectNode progressJson() {
    Status s = status();
    ObjectNode n = Responses.JSON.createObjectNode();
    n.put("state", s.state().wireName());
    n.put("percentage", s.percentage());
    ArrayNode current = n.putArray("current");
    s.current().forEach(d -> current.addObject().put("description", d));
    ArrayNode queued = n.putArray("queued");
    s.queued().forEach(d -> queued.addObject().put("description", d));
    n.put("complete", s.complete());
    n.put("packageAvailable", s.pkg() != null);
    n.put("errorMessage", s.errorMessage());
    if (settings.has(Extension.PACKAGE_SIZE)) {
      n.put("packageSize", s.pkg() == null ? null : s.pkg().size());
    }
    // The checksum-mismatch fault reports a digest even without the extension: it exists to test verifying it.
    if (settings.has(Extension.PACKAGE_SHA256) || has(DownloadFault.ChecksumMismatch.class)) {
      n.put("packageSha256", s.pkg() == null ? null : s.pkg().reportedSha256);
    }
    return n;
  }

  synchronized JobView view() {
    Status s = status();
    List<String> names = new ArrayList<>();
    request.items().forEach(i -> names.add(i.toString()));
    return new JobView(id, environment, s.state(), s.percentage(),
        s.state() == State.RUNNING || s.state() == State.PENDING ? s.current().get(0) : null, names, idempotencyKey,
        polls, downloads, pkg == null ? null : pkg.size(), pkg == null ? null : pkg.reportedSha256, s.errorMessage(),
        request.configName(), request.createdBy());
  }
}
