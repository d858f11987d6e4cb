package io.sharedo.export.benchmarks;

import io.sharedo.export.ExportJob;
import io.sharedo.export.JobState;
import io.sharedo.export.JobStatus;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figure 4: one client monitors 1,000 jobs at once with {@code monitorJobAsync}. Counts the
 * library's live threads (names starting {@code sharedo-export} or {@code HttpClient}) throughout,
 * and the heap each monitored job adds (used heap after GC, before and after starting the monitors).
 */
final class ScaleFigure {
  private static final int JOBS = 1_000;
  private static final int MAX_THREADS = 16;
  private static final long MAX_BYTES_PER_JOB = 50L << 10;
  private static final Duration JOB_LENGTH = Duration.ofSeconds(20);

  private ScaleFigure() {}

  static Figure run() throws Exception {
    String name = "monitor 1,000 concurrent jobs (monitorJobAsync)";
    String target = "<= 16 library threads, all complete, < 50 KiB heap/job";
    // Earlier figures in this JVM leave HttpClient threads behind until their clients are collected;
    // only threads started from here on belong to this client.
    usedHeapAfterGc();
    Set<Thread> earlier = Set.copyOf(Thread.getAllStackTraces().keySet());
    int leftOver = libraryThreads(Set.of());
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().jobDuration(JOB_LENGTH)
            .tokenLifetime(Duration.ofHours(1)).start();
        ShareDoExportClient client = FakeServers.client(server).build()) {
      List<ExportJob> jobs = new ArrayList<>(JOBS);
      for (int i = 0; i < JOBS; i++) {
        jobs.add(client.createJob(FakeServers.matter()));
      }
      AtomicInteger maxThreads = new AtomicInteger(libraryThreads(earlier));
      AtomicBoolean sampling = new AtomicBoolean(true);
      Thread sampler = new Thread(() -> {
        while (sampling.get()) {
          maxThreads.accumulateAndGet(libraryThreads(earlier), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "bench-thread-sampler");
      sampler.setDaemon(true);
      sampler.start();
      long before = usedHeapAfterGc();
      long start = System.nanoTime();
      List<CompletableFuture<JobStatus>> monitors = new ArrayList<>(JOBS);
      for (ExportJob job : jobs) {
        monitors.add(client.monitorJobAsync(job, Duration.ofMinutes(5)));
      }
      long after = usedHeapAfterGc();
      long stillRunning = monitors.stream().filter(f -> !f.isDone()).count();
      CompletableFuture.allOf(monitors.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.MINUTES);
      long nanos = System.nanoTime() - start;
      sampling.set(false);
      sampler.join();
      long completed = monitors.stream().filter(f -> f.join().state() == JobState.COMPLETED).count();
      double perJob = (after - before) / (double) JOBS;
      boolean met = maxThreads.get() <= MAX_THREADS && completed == JOBS && perJob < MAX_BYTES_PER_JOB;
      return new Figure(name, String.format("max %d threads; %d/%d completed; %.1f KiB heap/job", maxThreads.get(),
          completed, JOBS, perJob / 1024), target, met,
          String.format("%d s jobs created first, then all monitors started; heap after System.gc() measured with"
              + " %d of %d monitors still running; all done after %s; threads sampled every 50 ms, not counting %d"
              + " such threads left alive by earlier figures",
              JOB_LENGTH.toSeconds(), stillRunning, JOBS, Timing.seconds(nanos), leftOver));
    }
  }

  /** Live threads named like the library's or the JDK HTTP client's, leaving out {@code earlier}. */
  static int libraryThreads(Set<Thread> earlier) {
    int count = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.isAlive() && !earlier.contains(thread) && (thread.getName().startsWith("sharedo-export") || thread.getName().startsWith("HttpClient"))) {
        count++;
      }
    }
    return count;
  }

  static long usedHeapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
