package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobState;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.RetrySettings;
import io.sharedo.export.core.ShareDoExportClient;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Rehearses a command's first requests in the background, against a loopback socket of its own, while
 * picocli parses the command line. A fresh JVM spends about as long preparing its first exchange (the JDK
 * HTTP client's request and response classes, then the library's client, transport, JSON and retry
 * classes) as picocli spends on the command line, and the real requests can only start once both are
 * done. The rehearsal builds a throw-away {@link ShareDoExportClient} for a server on {@code 127.0.0.1}
 * that this class answers itself (a token, a created job, its progress), creates one job there, reads its
 * status and closes the client; whatever the real client needs next is then loaded. Nothing leaves the
 * machine: the socket listens on the loopback interface only, for the rehearsal only, and the rehearsal's
 * credentials are not the user's. Every failure is ignored: it only prepares. {@link #stop} ends it
 * early, for a command that is done before its rehearsal (a usage error), which then waits for its
 * client to close: the JVM would otherwise wait up to 0.3 s at exit for the rehearsal's threads, which
 * sit in native code. So a usage error of a command that sends requests returns 0.2–0.3 s later than
 * without the rehearsal; an export is about 0.08 s sooner. Thread-safe.
 */
final class LoopbackRehearsal {
  private static final String NAME = "rehearsal";
  private static final String JOB_ID = "00000000-0000-4000-8000-000000000000";
  private static final String TOKEN = "{\"access_token\":\"rehearsal\",\"token_type\":\"Bearer\",\"expires_in\":600}";
  private static final String CREATED = "{\"exportJobId\":\"" + JOB_ID + "\"}";
  private static final String PROGRESS = "{\"state\":\"RUNNING\",\"percentage\":50,\"current\":[],\"queued\":[],"
      + "\"complete\":false,\"packageAvailable\":false,\"errorMessage\":null}";
  /** Far longer than a rehearsal takes; bounds it if the loopback interface misbehaves. */
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_HEAD_BYTES = 16 * 1024;

  /** Where the rehearsal is: only while it has a client does stopping it mean waiting for it. */
  private enum Stage { PREPARING, CLIENT, DONE, STOPPED }

  private static final byte[] IPV4_LOOPBACK = {127, 0, 0, 1};

  private final AtomicReference<Stage> stage = new AtomicReference<>(Stage.PREPARING);
  private volatile @Nullable ServerSocket listening;
  private volatile @Nullable Socket answering;

  /**
   * Runs the rehearsal on the calling thread; returns when its client and sockets are closed.
   *
   * @return whether it went through: a job created and its status read
   */
  boolean run() {
    // 127.0.0.1 itself, the address the client calls: getLoopbackAddress() is ::1 when IPv6 is preferred.
    try (ServerSocket listener = new ServerSocket(0, 4, InetAddress.getByAddress(IPV4_LOOPBACK))) {
      listening = listener;
      if (stage.get() == Stage.STOPPED) {
        return false;
      }
      listener.setSoTimeout((int) TIMEOUT.toMillis());
      Thread server = new Thread(() -> answerAll(listener), "sharedo-export-rehearsal");
      server.setDaemon(true);
      server.setUncaughtExceptionHandler((thread, error) -> { }); // never a trace on the user's terminal
      server.start();
      URI base = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/");
      Environment environment = Environment.builder(base)
          .clientCredentials(base.resolve("identity"), NAME, NAME).build();
      if (!stage.compareAndSet(Stage.PREPARING, Stage.CLIENT)) {
        return false;
      }
      try (ShareDoExportClient client = ShareDoExportClient.builder().environment(NAME, environment)
          .connectTimeout(TIMEOUT).requestTimeout(TIMEOUT).retrySettings(RetrySettings.builder().maxAttempts(1).build())
          .build()) {
        ExportJob job = client.createJob(ExportParams.builder().type(ExportType.WORKTYPE).systemName(NAME)
            .environment(NAME).build());
        return client.getJobStatus(job).state() == JobState.RUNNING;
      } finally {
        stage.compareAndSet(Stage.CLIENT, Stage.DONE);
      }
    } catch (IOException | RuntimeException e) {
      return false; // only a rehearsal: the real client reports its own failures
    }
  }

  /**
   * Ends the rehearsal early: closes its sockets, so that its requests fail at once and its client
   * closes. Returns at once.
   *
   * @return whether the rehearsal's client was open (or being built): its thread then ends once that
   *     client is closed, and the caller should wait for it before the JVM exits
   */
  boolean stop() {
    Stage before = stage.getAndUpdate(now -> now == Stage.DONE ? Stage.DONE : Stage.STOPPED);
    closeQuietly(listening);
    closeQuietly(answering);
    return before == Stage.CLIENT;
  }

  private static void closeQuietly(@Nullable Closeable closeable) {
    if (closeable != null) {
      try {
        closeable.close();
      } catch (IOException e) {
        // already closed, or closing: either way it no longer holds the rehearsal up
      }
    }
  }

  /** Whether the rehearsal's client is open now (for tests). */
  boolean clientOpen() {
    return stage.get() == Stage.CLIENT;
  }

  /**
   * Answers every connection, one at a time, until the listening socket is closed. Any local process
   * may connect: whatever it sends ends that connection at worst, and one that sends nothing holds the
   * rehearsal up for {@link #TIMEOUT} at most.
   */
  private void answerAll(ServerSocket listener) {
    while (!listener.isClosed() && stage.get() != Stage.STOPPED) {
      Socket accepted;
      try {
        accepted = listener.accept();
      } catch (IOException e) {
        return; // closed, or nobody came: the rehearsal is over
      }
      try (Socket connection = accepted) {
        answering = connection;
        if (stage.get() == Stage.STOPPED) {
          return; // stop() came between accept and here, and closed nothing of this connection
        }
        connection.setSoTimeout((int) TIMEOUT.toMillis());
        connection.setTcpNoDelay(true);
        answer(new BufferedInputStream(connection.getInputStream()), connection.getOutputStream());
      } catch (IOException | RuntimeException e) {
        // closed, timed out, or a request this responder does not read: that connection is over
      }
    }
  }

  /**
   * Answers the requests of one kept-alive connection until the client closes it.
   *
   * @throws IOException when a request cannot be read: its head is too long or its length is not one
   */
  static void answer(InputStream in, OutputStream out) throws IOException {
    for (String head; (head = readHead(in)) != null; ) {
      in.skipNBytes(contentLength(head));
      String line = head.substring(0, Math.max(0, head.indexOf('\r')));
      String body = line.contains("/connect/token") ? TOKEN : line.startsWith("POST ") ? CREATED : PROGRESS;
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
    }
  }

  /** A request's head up to its blank line, or null at the end of the connection. */
  private static @Nullable String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    for (int b; (b = in.read()) != -1; ) {
      head.write(b);
      matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
      if (matched == 4) {
        return head.toString(StandardCharsets.US_ASCII);
      }
      if (head.size() > MAX_HEAD_BYTES) {
        throw new IOException("request head too long");
      }
    }
    return null;
  }

  private static long contentLength(String head) throws IOException {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        String value = line.substring("content-length:".length()).trim();
        if (!value.matches("[0-9]{1,7}")) {
          throw new IOException("unexpected Content-Length");
        }
        return Long.parseLong(value);
      }
    }
    return 0;
  }
}
