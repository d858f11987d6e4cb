package io.sharedo.export.core.internal.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link BodyChunks} over a real socket: the JDK client against MockWebServer. */
class BodyChunksTest {
  private final MockWebServer server = new MockWebServer();
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    server.start();
    http = HttpClient.newHttpClient();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void readAheadStaysBoundedWhileTheReaderHoldsEachBatch() throws Exception {
    byte[] body = new byte[8 << 20];
    new Random(7).nextBytes(body);
    server.enqueue(new MockResponse.Builder().body(new Buffer().write(body)).build());
    MessageDigest received = MessageDigest.getInstance("SHA-256");
    long bytes = 0;
    int batches = 0;

    try (BodyChunks chunks = subscribe()) {
      for (List<ByteBuffer> batch; (batch = chunks.next()) != null; batches++) {
        // Hold the batch until the client stops delivering: whatever it sent meanwhile was read ahead.
        waitUntilDeliveriesStop(chunks);
        assertThat(chunks.delivered() - chunks.handedBack()).isLessThanOrEqualTo(BodyChunks.READ_AHEAD);
        assertThat(batch).isNotEmpty();
        for (ByteBuffer buffer : batch) {
          bytes += buffer.remaining();
          received.update(buffer);
        }
      }
      assertThat(chunks.next()).as("the end is reported again").isNull();
    }

    assertThat(bytes).isEqualTo(body.length);
    assertThat(received.digest()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(body));
    assertThat(batches).isGreaterThan(1);
  }

  private static void waitUntilDeliveriesStop(BodyChunks chunks) throws InterruptedException {
    for (long before = -1; before != chunks.delivered(); ) {
      before = chunks.delivered();
      Thread.sleep(20);
    }
  }

  private BodyChunks subscribe() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/package").toString())).build();
    HttpResponse<BodyChunks> response = http.send(request, BodyChunks.handler(Duration.ofSeconds(30)));
    return response.body();
  }
}
