package io.sharedo.export.core.hostile;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.RetrySettings;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.ShareDoExportClientBuilder;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import okio.BufferedSink;

/** Shared pieces of the hostile-server tests: clients wired to scripted servers, endless bodies. */
final class HostileServers {
  static final String TOKEN = "fixed-token-abc123";
  static final String SECRET = "s3cret-value-xyz";
  static final PollPolicy FAST_POLLING = PollPolicy.builder()
      .initialInterval(Duration.ofMillis(5))
      .maxInterval(Duration.ofMillis(20))
      .defaultDeadline(Duration.ofSeconds(20))
      .stallTimeout(Duration.ofSeconds(10))
      .build();
  static final RetrySettings FAST_RETRIES = RetrySettings.builder()
      .maxAttempts(3)
      .initialBackoff(Duration.ofMillis(5))
      .maxBackoff(Duration.ofMillis(50))
      .build();

  private HostileServers() {}

  static URI base(MockWebServer server) {
    return URI.create(server.url("/env/uat").toString());
  }

  static ShareDoExportClientBuilder withToken(MockWebServer server, String token) {
    return ShareDoExportClient.builder()
        .environment("uat", Environment.builder(base(server)).bearerToken(token).build())
        .pollPolicy(FAST_POLLING)
        .retrySettings(FAST_RETRIES)
        .requestTimeout(Duration.ofSeconds(5));
  }

  static ShareDoExportClientBuilder withClientCredentials(MockWebServer api, MockWebServer identity) {
    return ShareDoExportClient.builder()
        .environment("uat", Environment.builder(base(api))
            .clientCredentials(URI.create(identity.url("/id").toString()), "exporter", SECRET).build())
        .pollPolicy(FAST_POLLING)
        .retrySettings(FAST_RETRIES)
        .requestTimeout(Duration.ofSeconds(5));
  }

  static ExportParams matter() {
    return ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  }

  static ExportJob job(String id) {
    return new ExportJob(id, matter(), "key-1", Instant.now());
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static MockResponse redirect(int code, String location) {
    return new MockResponse.Builder().code(code).addHeader("Location", location).build();
  }

  static MockResponse token(String accessToken) {
    return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
  }

  /** A body that never ends: it writes until the client closes the connection, then counts down. */
  static final class EndlessBody implements MockResponseBody {
    final AtomicLong written = new AtomicLong();
    final CountDownLatch closedByClient = new CountDownLatch(1);
    private final byte[] chunk;

    EndlessBody(String prefix) {
      byte[] filler = new byte[64 * 1024];
      java.util.Arrays.fill(filler, (byte) ' ');
      byte[] start = prefix.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      System.arraycopy(start, 0, filler, 0, start.length);
      this.chunk = filler;
    }

    @Override
    public long getContentLength() {
      return 1L << 40;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] spaces = new byte[chunk.length];
      java.util.Arrays.fill(spaces, (byte) ' ');
      try {
        sink.write(chunk);
        written.addAndGet(chunk.length);
        while (true) {
          sink.write(spaces);
          sink.flush();
          written.addAndGet(spaces.length);
        }
      } finally {
        closedByClient.countDown();
      }
    }
  }
}
