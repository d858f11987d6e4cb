package io.sharedo.export.core;

import static io.sharedo.export.core.support.ScriptedDownloadServer.sha256;
import static io.sharedo.export.core.support.ScriptedDownloadServer.zip;
import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportResult;
import io.sharedo.export.core.support.ScriptedDownloadServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Downloads from a server with none of this library's extensions, as a real ShareDo may be: no
 * {@code Content-Length} (chunked), no {@code ETag} or ranges, no declared size or checksum; and the
 * file name a server proposes in {@code Content-Disposition}. Over real sockets (MockWebServer).
 */
class DownloadWithoutExtensionsTest {
  private ScriptedDownloadServer server;
  private ShareDoExportClient client;
  private byte[] pkg;
  @TempDir
  Path work;
  private Path out;

  @BeforeEach
  void start() throws Exception {
    pkg = ScriptedDownloadServer.realPackage();
    out = Files.createDirectories(work.resolve("out"));
    server = new ScriptedDownloadServer();
    client = ShareDoExportClient.builder().environment("uat", server.environment())
        .retrySettings(RetrySettings.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5)).build())
        .requestTimeout(Duration.ofSeconds(10))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    server.close();
  }

  private ExportJob job() {
    return client.createJob(ScriptedDownloadServer.matter());
  }



  @Test
  void downloadsAChunkedPackageWithNoLengthETagOrDeclaredChecksum() throws Exception {
    server.enqueueDownloads(zip().chunkedBody(new Buffer().write(pkg), 1000).build());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(result.size()).isEqualTo(pkg.length);
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
    assertThat(Files.readAllBytes(out.resolve("p.zip"))).isEqualTo(pkg);
  }

  @Test
  void startsOverFromByteZeroWhenTheServerGaveNoETag() throws Exception {
    // Two pieces before the close, so that the client surely has bytes it could have resumed from.
    server.enqueueDownloads(
        zip().body(new Buffer().write(pkg, 0, pkg.length / 2)).setHeader("Content-Length", pkg.length)
            .throttleBody(pkg.length / 4, 100, TimeUnit.MILLISECONDS)
            .onResponseEnd(new SocketEffect.CloseSocket()).build(),
        zip().chunkedBody(new Buffer().write(pkg), 4096).build());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(server.downloadRequests()).hasSize(2);
    assertThat(server.downloadRequests().get(1).getHeaders().get("Range")).as("no ETag, no resume").isNull();
    assertThat(result.resumes()).isZero();
    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  @Test
  void verifiesTheDeclaredSizeAndChecksumWhenTheServerGivesThem() throws Exception {
    server.progressAnswers(ScriptedDownloadServer.progress((long) pkg.length, sha256(pkg)));
    server.enqueueDownloads(zip().chunkedBody(new Buffer().write(pkg), 1000).build());

    DownloadResult result = client.downloadPackage(job(), out.resolve("p.zip"));

    assertThat(result.sha256()).isEqualTo(sha256(pkg));
  }

  @Test
  void namesTheFileAsTheServerDoesWhenGivenAFolder() throws Exception {
    server.enqueueDownloads(zip().setHeader("Content-Disposition",
        "attachment; filename=export-VeryBasic-2026-11-28T10_15_02.zip").body(new Buffer().write(pkg)).build());

    DownloadResult result = client.downloadPackage(job(), out);

    assertThat(result.path()).isEqualTo(out.resolve("export-VeryBasic-2026-11-28T10_15_02.zip"));
    assertThat(Files.readAllBytes(result.path())).isEqualTo(pkg);
    assertThat(files()).containsExactly(result.path());
  }

  @Test
  void exportsIntoAFolderUnderTheServersFileName() throws Exception {
    server.enqueueDownloads(zip().setHeader("Content-Disposition", "attachment; filename=export-VeryBasic.zip")
        .chunkedBody(new Buffer().write(pkg), 1000).build());

    ExportResult result = client.export(ScriptedDownloadServer.matter(), out);

    assertThat(result.download().path()).isEqualTo(out.resolve("export-VeryBasic.zip"));
    assertThat(result.content().allComponents()).isNotEmpty();
    assertThat(files()).containsExactly(out.resolve("export-VeryBasic.zip"));
  }

  @Test
  void keepsTheCallersFileNameWhenGivenAFile() throws Exception {
    server.enqueueDownloads(zip().setHeader("Content-Disposition", "attachment; filename=server.zip")
        .body(new Buffer().write(pkg)).build());

    DownloadResult result = client.downloadPackage(job(), out.resolve("mine.zip"));

    assertThat(result.path()).isEqualTo(out.resolve("mine.zip"));
    assertThat(files()).containsExactly(out.resolve("mine.zip"));
  }

  @Test
  void namesTheFileAfterTheJobWhenTheServerProposesNoName() throws Exception {
    server.enqueueDownloads(zip().body(new Buffer().write(pkg)).build());

    DownloadResult result = client.downloadPackage(job(), out);

    assertThat(result.path()).isEqualTo(out.resolve("export-" + ScriptedDownloadServer.JOB_ID + ".zip"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "attachment; filename=\"../../escaped.zip\"|escaped.zip",
      "attachment; filename=/etc/cron.d/evil|evil.zip",
      "attachment; filename=\"..\\\\..\\\\windows.zip\"|windows.zip",
      "attachment; filename=.bashrc|bashrc.zip",
      "attachment; filename=\"a b*c?.zip\"|a_b_c.zip",
      "attachment; filename*=UTF-8''caf%C3%A9%2F..%2Fx.zip; filename=plain.zip|x.zip",
      "attachment; filename=\"..\"|export-job-1.zip"})
  void neverLetsTheServersFileNameBeAPathOrAHiddenFile(String disposition, String expected) throws Exception {
    server.enqueueDownloads(zip().addHeaderLenient("Content-Disposition", disposition)
        .body(new Buffer().write(pkg)).build());

    DownloadResult result = client.downloadPackage(job(), out);

    assertThat(result.path()).isEqualTo(out.resolve(expected));
    assertThat(files()).containsExactly(out.resolve(expected));
  }

  private List<Path> files() throws Exception {
    try (Stream<Path> files = Files.walk(work)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
