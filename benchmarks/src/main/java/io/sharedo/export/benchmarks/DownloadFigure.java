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
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Figure 1a: stream a 512 MiB package from the fake server on loopback with the client's
 * {@code downloadPackage} (which writes, hashes and makes the file durable), against the JDK
 * {@code HttpClient} alone on the same URL with the body discarded: at least 0.8x its throughput.
 * The two run alternately, so both see the same load, and the verdict is the median of the pairs'
 * ratios: two medians taken apart can pair a quiet JDK run with a loaded client run (on the 2-core
 * machine single runs of either vary by up to 2x). The notes add {@code curl -o},
 * {@code curl -o} then {@code sha256sum}, and the JDK's SHA-256 alone, as references.
 */
final class DownloadFigure {
  private static final long PACKAGE_PADDING = 512L << 20;
  private static final String TARGET = ">= 0.8x JDK HttpClient alone";
  private static final int RUNS = 9;

  private DownloadFigure() {}

  static Figure run(Path work) throws Exception {
    String name = "download 512 MiB package, loopback";
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData()
            .jobDuration(Duration.ofMillis(200)).largePackage(PACKAGE_PADDING).start();
        ShareDoExportClient client = FakeServers.client(server).build()) {
      ExportJob job = client.createJob(FakeServers.matter());
      client.monitorJob(job, Duration.ofMinutes(2));
      String token = FakeServers.token(server);
      Path ours = work.resolve("ours.zip");
      long[] size = new long[1];
      HttpRequest bare = HttpRequest.newBuilder(FakeServers.downloadUrl(server, job.jobId()))
          .header("Authorization", "Bearer " + token).build();
      long[][] samples = Timing.pairedNanos(1, RUNS, () -> {
        DownloadResult result = client.downloadPackage(job, ours);
        size[0] = result.size();
        return result;
      }, () -> {
        HttpResponse<Void> response = FakeServers.HTTP.send(bare, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
          throw new IllegalStateException("the download answered " + response.statusCode());
        }
        return response;
      }, () -> Files.deleteIfExists(ours));
      double oursMib = mibPerSecond(size[0], Timing.median(samples[0]));
      double jdkMib = mibPerSecond(size[0], Timing.median(samples[1]));
      double[] ratios = pairedRatios(samples);
      double ratio = ratios[ratios.length / 2];
      String measured = String.format("%.2fx JDK HttpClient alone (median of the pairs); client %.0f MiB/s (%s),"
          + " JDK HttpClient alone %.0f MiB/s (medians)", ratio, oursMib, Timing.millis(Timing.median(samples[0])),
          jdkMib);
      String notes = String.format("client and JDK HttpClient (BodyHandlers.discarding()) alternately, %d pairs after"
          + " 1 warm-up pair, paired ratios %.2f..%.2f, ratio of the two medians %.2f; the client also writes, hashes"
          + " (SHA-256) and forces the file to disk; %s; JDK SHA-256 alone, in memory: %.0f MiB/s; %,d bytes",
          RUNS, ratios[0], ratios[ratios.length - 1], oursMib / jdkMib,
          curlReferences(server, job, token, work, size[0]), sha256MibPerSecond(size[0]), size[0]);
      return new Figure(name, measured, TARGET, ratio >= 0.8, notes);
    }
  }

  /** Each pair's ratio (JDK time over client time: the client's speed relative), smallest to largest. */
  private static double[] pairedRatios(long[][] samples) {
    double[] ratios = new double[samples[0].length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = (double) samples[1][i] / samples[0][i];
    }
    Arrays.sort(ratios);
    return ratios;
  }

  /** {@code curl -o}, and {@code curl -o} then {@code sha256sum}: the same work done with tools. */
  private static String curlReferences(FakeShareDoServer server, ExportJob job, String token, Path work, long bytes)
      throws Exception {
    if (!ExternalTool.available("curl")) {
      return "curl not installed: no curl reference";
    }
    Path theirs = work.resolve("curl.zip");
    List<String> curl = List.of("curl", "-sS", "-f", "-o", theirs.toString(),
        "-H", "Authorization: Bearer " + token, FakeServers.downloadUrl(server, job.jobId()).toString());
    long curlNanos = Timing.medianNanos(1, 3, () -> {
      ExternalTool.run(curl);
      if (Files.size(theirs) != bytes) {
        throw new IllegalStateException("curl got " + Files.size(theirs) + " bytes, the client " + bytes);
      }
      return null;
    }, () -> Files.deleteIfExists(theirs));
    String text = String.format("curl -o: %.0f MiB/s", mibPerSecond(bytes, curlNanos));
    if (ExternalTool.available("sha256sum")) {
      long nanos = Timing.medianNanos(1, 3, () -> {
        ExternalTool.run(curl);
        ExternalTool.run(List.of("sha256sum", theirs.toString()));
        return null;
      }, () -> Files.deleteIfExists(theirs));
      text += String.format(", curl -o then sha256sum: %.0f MiB/s (median of 3)", mibPerSecond(bytes, nanos));
    }
    return text;
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
