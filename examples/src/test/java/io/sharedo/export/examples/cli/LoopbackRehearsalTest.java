package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
  void stoppingARehearsalWhoseClientIsOpenEndsItAndItsThreads() throws Exception {
    Set<Thread> before = rehearsalThreads();
    int caughtOpen = 0;
    for (int attempt = 0; attempt < 20 && caughtOpen == 0; attempt++) {
      LoopbackRehearsal rehearsal = new LoopbackRehearsal();
      Thread running = new Thread(rehearsal::run, "rehearsal-under-test");
      running.start();
      while (running.isAlive() && !rehearsal.clientOpen()) {
        Thread.onSpinWait();
      }
      if (rehearsal.stop()) {
        caughtOpen++;
      }
      running.join(TimeUnit.SECONDS.toMillis(5));
      assertThat(running.isAlive()).isFalse();
    }
    assertThat(caughtOpen).as("a stop while the client was open").isPositive();
    assertEnded(before);
  }

  private static String answered(String requests) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LoopbackRehearsal.answer(new ByteArrayInputStream(requests.getBytes(StandardCharsets.US_ASCII)), out);
    return out.toString(StandardCharsets.US_ASCII);
  }

  @Test
  void answersTheTokenTheJobAndItsProgressOnOneConnection() throws Exception {
    String answers = answered("POST /identity/connect/token HTTP/1.1\r\nContent-Length: 5\r\n\r\nx=y&z"
        + "POST /api/modeller/importexport/export/package HTTP/1.1\r\ncontent-length: 2\r\n\r\n{}"
        + "GET /api/modeller/importexport/export/package/1/progress/ HTTP/1.1\r\n\r\n");

    assertThat(answers.split("HTTP/1.1 200 OK", -1)).hasSize(4);
    assertThat(answers).contains("\"access_token\"").contains("\"exportJobId\"").contains("\"state\":\"RUNNING\"");
  }

  @Test
  void aRequestItCannotReadEndsThatConnectionWithAnIoException() {
    assertThatThrownBy(() -> answered("POST / HTTP/1.1\r\nContent-Length: lots\r\n\r\n"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> answered("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> answered("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n\r\n"))
        .isInstanceOf(IOException.class);
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
