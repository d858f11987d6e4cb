package io.sharedo.export.benchmarks;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportJob;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Figure 1a: stream a 512 MiB package from the fake server on loopback, side by side with
 * {@code curl -o} on the same URL with the same bearer token, at least 80% of curl's throughput. The
 * notes add the same work done with tools ({@code curl -o} then {@code sha256sum}) and the JDK's
 * SHA-256 alone, so a reader sees how much of the gap is hashing.
 */
final class DownloadFigure {
  private static final long PACKAGE_PADDING = 512L << 20;
  private static final String TARGET = ">= 80% of curl -o";

  private DownloadFigure() {}

  static Figure run(Path work) throws Exception {
    String name = "download 512 MiB package, loopback";
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData()
            .jobDuration(Duration.ofMillis(200)).largePackage(PACKAGE_PADDING).start();
        ShareDoExportClient client = FakeServers.client(server).build()) {
      ExportJob job = client.createJob(FakeServers.matter());
      client.monitorJob(job, Duration.ofMinutes(2));
      Path ours = work.resolve("ours.zip");
      long[] size = new long[1];
      long oursNanos = Timing.medianNanos(1, 3, () -> {
        DownloadResult result = client.downloadPackage(job, ours);
        size[0] = result.size();
        return result;
      }, () -> Files.deleteIfExists(ours));
      double oursMib = mibPerSecond(size[0], oursNanos);
      String measured = String.format("%.0f MiB/s (%s)", oursMib, Timing.millis(oursNanos));
      if (!ExternalTool.available("curl")) {
        return new Figure(name, measured, TARGET, null, "curl not installed: no reference");
      }
      Path theirs = work.resolve("curl.zip");
      String token = FakeServers.token(server);
      List<String> curl = List.of("curl", "-sS", "-f", "-o", theirs.toString(),
          "-H", "Authorization: Bearer " + token, FakeServers.downloadUrl(server, job.jobId()).toString());
      long[] curlSize = new long[1];
      long curlNanos = Timing.medianNanos(1, 3, () -> {
        ExternalTool.run(curl);
        curlSize[0] = Files.size(theirs);
        return null;
      }, () -> Files.deleteIfExists(theirs));
      if (curlSize[0] != size[0]) {
        throw new IllegalStateException("curl got " + curlSize[0] + " bytes, the client " + size[0]);
      }
      double curlMib = mibPerSecond(curlSize[0], curlNanos);
      double ratio = oursMib / curlMib;
      return new Figure(name, String.format("%s = %.0f%% of curl", measured, ratio * 100), TARGET, ratio >= 0.8,
          String.format("curl -o: %.0f MiB/s (%s)%s; JDK HttpClient alone, body discarded: %.0f MiB/s; JDK SHA-256"
              + " alone, in memory: %.0f MiB/s; the client also hashes and fsyncs, curl -o does neither; %,d bytes;"
              + " median of 3 after 1 warm-up each",
              curlMib, Timing.millis(curlNanos), curlThenSha256sum(curl, theirs, size[0]),
              httpClientAloneMibPerSecond(server, job, token, size[0]), sha256MibPerSecond(size[0]), size[0]));
    }
  }

  /** The same work as the client, with tools: {@code curl -o} then {@code sha256sum} of the file. */
  private static String curlThenSha256sum(List<String> curl, Path file, long bytes) throws Exception {
    if (!ExternalTool.available("sha256sum")) {
      return "";
    }
    long nanos = Timing.medianNanos(1, 3, () -> {
      ExternalTool.run(curl);
      ExternalTool.run(List.of("sha256sum", file.toString()));
      return null;
    }, () -> Files.deleteIfExists(file));
    return String.format("; curl -o then sha256sum: %.0f MiB/s", mibPerSecond(bytes, nanos));
  }

  /**
   * The JDK's HTTP client receiving the same URL and throwing the bytes away: the cap of the
   * transport the library is built on, before any writing or hashing.
   */
  private static double httpClientAloneMibPerSecond(FakeShareDoServer server, ExportJob job, String token,
      long bytes) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(FakeServers.downloadUrl(server, job.jobId()))
        .header("Authorization", "Bearer " + token).build();
    long nanos = Timing.medianNanos(1, 3, () -> {
      HttpResponse<Void> response = FakeServers.HTTP.send(request, HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("the download answered " + response.statusCode());
      }
      return response;
    });
    return mibPerSecond(bytes, nanos);
  }

  /** The JDK's SHA-256 over as many bytes as the package, from one 64 KiB buffer: the hashing share. */
  private static double sha256MibPerSecond(long bytes) throws Exception {
    byte[] buffer = new byte[64 * 1024];
    new Random(1).nextBytes(buffer);
    long nanos = Timing.medianNanos(1, 3, () -> {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (long done = 0; done < bytes; done += buffer.length) {
        digest.update(buffer, 0, (int) Math.min(buffer.length, bytes - done));
      }
      return digest.digest();
    });
    return mibPerSecond(bytes, nanos);
  }

  static double mibPerSecond(long bytes, long nanos) {
    return bytes / (1024.0 * 1024.0) / (nanos / 1e9);
  }
}
