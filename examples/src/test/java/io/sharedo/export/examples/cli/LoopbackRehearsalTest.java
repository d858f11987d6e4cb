package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The start-up rehearsal goes through against its own loopback socket and leaves nothing running. */
class LoopbackRehearsalTest {

  private static Set<Thread> rehearsalThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .filter(t -> t.getName().equals("sharedo-export-rehearsal") || t.getName().startsWith("HttpClient-"))
        .collect(Collectors.toSet());
  }

  private static void assertEnded(Set<Thread> before) throws InterruptedException {
    for (Thread thread : rehearsalThreads()) {
      if (!before.contains(thread)) {
        thread.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(thread.isAlive()).as(thread.getName() + " still runs").isFalse();
      }
    }
  }

  @Test
  void createsAJobAndReadsItsStatusThenStopsItsThreads() throws Exception {
    Set<Thread> before = rehearsalThreads();
    LoopbackRehearsal rehearsal = new LoopbackRehearsal();

    assertThat(rehearsal.run()).isTrue();

    assertThat(rehearsal.stop()).as("its client is closed already").isFalse();
    assertEnded(before);
  }

  @Test
  void aRehearsalStoppedBeforeItStartsBuildsNoClient() throws Exception {
    Set<Thread> before = rehearsalThreads();
    LoopbackRehearsal rehearsal = new LoopbackRehearsal();

    assertThat(rehearsal.stop()).isFalse();
    assertThat(rehearsal.run()).isFalse();

    assertEnded(before);
  }

  @Test
  void stoppingARunningRehearsalEndsItAndItsThreads() throws Exception {
    Set<Thread> before = rehearsalThreads();
    LoopbackRehearsal rehearsal = new LoopbackRehearsal();
    Thread running = new Thread(rehearsal::run, "rehearsal-under-test");
    running.start();

    rehearsal.stop();
    running.join(TimeUnit.SECONDS.toMillis(5));

    assertThat(running.isAlive()).isFalse();
    assertEnded(before);
  }
}
