package io.sharedo.export.core;

import static io.sharedo.export.core.support.ScriptedDownloadServer.sha256;
import static io.sharedo.export.core.support.ScriptedDownloadServer.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.core.pkg.PackageLimits;
import io.sharedo.export.core.support.ScriptedDownloadServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from a server that sends more than it should or resumes with other bytes: an endless
 * chunked body stops at the declared size or the maximum package size, and a 206 is used only when
 * its {@code ETag} and {@code Content-Range} continue the bytes already written. Over real sockets.
 */
class HostileDownloadTest {
  private static final long MAX = 256 * 1024;
  private static final String ETAG = "\"v1\"";
  private ScriptedDownloadServer server;
  private ShareDoExportClient client;
  private byte[] pkg;
  @TempDir
  Path out;

  @BeforeEach
  void start() throws Exception {
    pkg = ScriptedDownloadServer.realPackage();
    server = new ScriptedDownloadServer();
    client = ShareDoExportClient.builder().environment("uat", server.environment())
        .retrySettings(RetrySettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5)).build())
        .packageLimits(PackageLimits.builder().maxPackageBytes(MAX).build())
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.close();
    try (Stream<Path> left = Files.list(out)) {
      assertThat(left.filter(p -> !p.getFileName().toString().equals("p.zip"))).as("files left behind").isEmpty();
    }
  }

  private ExportJob job() {
    return client.createJob(ScriptedDownloadServer.matter());
  }


  /** Far more than any limit here; MockWebServer stops writing once the client hangs up. */
  private static Buffer endless() {
    return new Buffer().write(new byte[8 << 20]);
  }

  @Test
  void stopsAChunkedBodyAtTheMaximumPackageSize() {
    server.enqueueDownloads(zip().chunkedBody(endless(), 16 * 1024).build());

    ExportException error = assertThrows(ExportException.class, () -> client.downloadPackage(job(), out.resolve("p.zip")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertThat(error.getMessage()).contains("maximum package size of " + MAX);
    assertThat(Long.parseLong(error.details().get("bytesReceived"))).isGreaterThan(MAX).isLessThan(MAX + (2 << 20));
    assertThat(server.downloadRequests()).as("a limit is final, never retried").hasSize(1);
    assertThat(out.resolve("p.zip")).doesNotExist();
  }

  @Test
  void stopsAChunkedBodyAtTheDeclaredPackageSize() {
    server.progressAnswers(ScriptedDownloadServer.progress(1000L, null));
    server.enqueueDownloads(zip().chunkedBody(endless(), 16 * 1024).build());

    ExportException error = assertThrows(ExportException.class, () -> client.downloadPackage(job(), out.resolve("p.zip")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertThat(error.getMessage()).contains("declared 1000");
    assertThat(Long.parseLong(error.details().get("bytesReceived"))).isLessThan(2 << 20);
    assertThat(out.resolve("p.zip")).doesNotExist();
  }

  @Test
  void refusesAnAnnouncedLengthOverTheMaximumWithoutReadingIt() {
    server.enqueueDownloads(zip().body(new Buffer().write(new byte[(int) MAX + 1])).build());

    ExportException error = assertThrows(ExportException.class, () -> client.downloadPackage(job(), out.resolve("p.zip")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.VALIDATION_FAILED);
    assertThat(error.getMessage()).contains("announces " + (MAX + 1) + " bytes");
    assertThat(error.details().get("bytesReceived")).isEqualTo("0");
  }

  @Test
  void resumesWhenTheETagAndContentRangeContinueTheDownload() throws Exception {
    server.enqueueDownloads(cutShort());
    server.enqueueDownload(request -> partial(request, ETAG, from(request), pkg.length));

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    RecordedRequest resume = server.downloadRequests().get(1);
    assertThat(resume.getHeaders().get("Range")).matches("bytes=[1-9][0-9]*-");
    assertThat(resume.getHeaders().get("If-Range")).isEqualTo(ETAG);
    assertThat(result.resumes()).isEqualTo(1);
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  @Test
  void startsOverWhenTheResumedAnswerHasAnotherETag() throws Exception {
    server.enqueueDownloads(cutShort());
    server.enqueueDownload(request -> partial(request, "\"v2\"", from(request), pkg.length));
    server.enqueueDownloads(whole());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(server.downloadRequests()).hasSize(3);
    assertThat(server.downloadRequests().get(2).getHeaders().get("Range")).isNull();
    assertThat(result.resumes()).isZero();
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  @Test
  void startsOverWhenTheContentRangeStartsElsewhere() throws Exception {
    server.enqueueDownloads(cutShort());
    server.enqueueDownload(request -> partial(request, ETAG, from(request) - 100, pkg.length));
    server.enqueueDownloads(whole());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(server.downloadRequests()).hasSize(3);
    assertThat(result.resumes()).isZero();
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  @Test
  void startsOverWhenTheContentRangeNamesAnotherTotal() throws Exception {
    server.enqueueDownloads(cutShort());
    server.enqueueDownload(request -> partial(request, ETAG, from(request), pkg.length + 10));
    server.enqueueDownloads(whole());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(server.downloadRequests()).hasSize(3);
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  /** The first half of the package under its full Content-Length, then the socket closes. */
  private MockResponse cutShort() {
    // Half the package in two pieces 100 ms apart, then the connection closes. Sent in one piece, the
    // bytes and the close could reach the JDK client together, and it then reported the broken body
    // without delivering them (2 runs in 300): nothing written, so nothing to resume.
    return zip().setHeader("ETag", ETAG).body(new Buffer().write(pkg, 0, pkg.length / 2))
        .throttleBody(pkg.length / 4, 100, TimeUnit.MILLISECONDS)
        .setHeader("Content-Length", pkg.length).onResponseEnd(new SocketEffect.CloseSocket()).build();
  }

  private MockResponse whole() {
    return zip().setHeader("ETag", "\"v2\"").body(new Buffer().write(pkg)).build();
  }

  private static long from(RecordedRequest request) {
    return Long.parseLong(request.getHeaders().get("Range").replaceAll("\\D", ""));
  }

  /** A 206 with the package's bytes from {@code start}, claiming the total {@code total}. */
  private MockResponse partial(RecordedRequest request, String etag, long start, long total) {
    byte[] rest = Arrays.copyOfRange(pkg, (int) start, pkg.length);
    return zip().code(206).setHeader("ETag", etag)
        .setHeader("Content-Range", "bytes " + start + "-" + (total - 1) + "/" + total)
        .body(new Buffer().write(rest)).build();
  }

}
