package io.sharedo.export.benchmarks;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportJob;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Figure 1a: stream a 512 MiB package from the fake server on loopback, side by side with
 * {@code curl -o} on the same URL with the same bearer token, at least 80% of curl's throughput.
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
          String.format("curl -o: %.0f MiB/s (%s); %,d bytes; median of 3 after 1 warm-up each; the client's time"
              + " includes its SHA-256 check, curl's does not; same URL, token and disk",
              curlMib, Timing.millis(curlNanos), size[0]));
    }
  }

  static double mibPerSecond(long bytes, long nanos) {
    return bytes / (1024.0 * 1024.0) / (nanos / 1e9);
  }
}
