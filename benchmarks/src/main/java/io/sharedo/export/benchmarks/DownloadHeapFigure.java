package io.sharedo.export.benchmarks;

import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Figure 1b: memory independent of package size. A child JVM with {@code -Xmx64m} exports and
 * downloads a 1 GiB package from a fake server in this JVM and reports its peak heap; a separate
 * process, so neither the server nor the other figures count towards it.
 */
final class DownloadHeapFigure {
  private static final long PACKAGE_PADDING = 1L << 30;
  private static final long LIMIT = 64L << 20;

  private DownloadHeapFigure() {}

  static Figure run(Path work) throws Exception {
    String name = "download 1 GiB package in a -Xmx64m JVM";
    String target = "exits 0, peak heap < 64 MiB";
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData()
        .jobDuration(Duration.ofMillis(200)).largePackage(PACKAGE_PADDING).start()) {
      List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx64m", "-cp", ownJar(), HeapProbe.class.getName(),
          server.baseUrl(FakeServers.ENVIRONMENT).toString(), server.identityUrl().toString(),
          server.clientId(), server.clientSecret(), work.resolve("probe.zip").toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      List<String> output = new ArrayList<>();
      try (BufferedReader reader = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        reader.lines().forEach(output::add);
      }
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return new Figure(name, "timed out", target, false, "the child JVM did not finish within 10 minutes");
      }
      int exit = process.exitValue();
      long peak = value(output, HeapProbe.PEAK);
      long size = value(output, HeapProbe.SIZE);
      if (exit != 0 || peak < 0) {
        String last = output.isEmpty() ? "no output" : output.get(output.size() - 1);
        return new Figure(name, "exit " + exit, target, false, "child JVM failed: " + last.replace('|', '/'));
      }
      return new Figure(name, String.format("peak heap %.1f MiB, exit 0", peak / 1048576.0), target, peak < LIMIT,
          String.format("child JVM (-Xmx64m) runs createJob, monitorJob, downloadPackage of %,d bytes; peak = sum of"
              + " heap MemoryPoolMXBean peak usages (an upper bound)", size));
    }
  }

  private static long value(List<String> output, String prefix) {
    for (String line : output) {
      if (line.startsWith(prefix)) {
        return Long.parseLong(line.substring(prefix.length()).trim());
      }
    }
    return -1;
  }

  /** The shaded jar (or classes folder) this class was loaded from; the child needs nothing else. */
  private static String ownJar() throws Exception {
    return Path.of(HeapProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
