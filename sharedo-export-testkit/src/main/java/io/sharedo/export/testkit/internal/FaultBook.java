package io.sharedo.export.testkit.internal;

import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.RequestFault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The faults switched on: global ones (until cleared) and those waiting for the next job. Counted
 * faults keep their remaining count here, not in the immutable {@link Fault}. Thread-safe.
 */
public final class FaultBook {
  private final List<Active> global = new CopyOnWriteArrayList<>();
  private final List<Fault> nextJob = new ArrayList<>();

  /** A fault with the answers it has left. */
  static final class Active {
    final Fault fault;
    private final AtomicInteger remaining;

    Active(Fault fault) {
      this.fault = fault;
      int times = 1;
      if (fault instanceof RequestFault.TooManyRequests f) {
        times = f.times();
      } else if (fault instanceof RequestFault.ServiceUnavailable f) {
        times = f.times();
      } else if (fault instanceof RequestFault.ServerErrors f) {
        times = f.count();
      }
      this.remaining = new AtomicInteger(times);
    }

    /** Uses one answer; false when none is left. */
    boolean use() {
      return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
  }

  void inject(Fault fault) {
    global.add(new Active(fault));
  }

  synchronized void injectForNextJob(Fault fault) {
    nextJob.add(fault);
  }

  synchronized void clear() {
    global.clear();
    nextJob.clear();
  }

  synchronized List<Active> takeNextJobFaults() {
    List<Active> taken = new ArrayList<>();
    nextJob.forEach(f -> taken.add(new Active(f)));
    nextJob.clear();
    return List.copyOf(taken);
  }

  List<Active> global() {
    return List.copyOf(global);
  }

  /** The first fault of this type among the job's faults and then the global ones. */
  static <T extends Fault> Optional<T> find(Class<T> type, List<Active> jobFaults, List<Active> globalFaults) {
    for (List<Active> list : List.of(jobFaults, globalFaults)) {
      for (Active a : list) {
        if (type.isInstance(a.fault)) {
          return Optional.of(type.cast(a.fault));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Uses up one answer of the first request fault (429, 503, 500) that applies to this endpoint.
   *
   * @return the fault to answer with, or empty to answer normally
   */
  static Optional<Fault> takeRequestFault(Endpoint endpoint, List<Active> faults) {
    for (Active a : faults) {
      if (applies(a.fault, endpoint) && a.use()) {
        return Optional.of(a.fault);
      }
    }
    return Optional.empty();
  }

  private static boolean applies(Fault fault, Endpoint endpoint) {
    if (fault instanceof RequestFault.TooManyRequests f) {
      return matches(f.endpoints(), endpoint);
    }
    if (fault instanceof RequestFault.ServiceUnavailable f) {
      return matches(f.endpoints(), endpoint);
    }
    if (fault instanceof RequestFault.ServerErrors f) {
      return f.endpoint() == endpoint;
    }
    return false;
  }

  private static boolean matches(Set<Endpoint> endpoints, Endpoint endpoint) {
    return endpoints.isEmpty() ? endpoint != Endpoint.TOKEN && endpoint != Endpoint.UNKNOWN : endpoints.contains(endpoint);
  }
}
