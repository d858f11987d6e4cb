package io.sharedo.export.benchmarks;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportJob;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.pkg.PackageLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The child JVM of {@link DownloadHeapFigure}: exports and downloads one package from the server
 * the parent names, then prints the download's size and the JVM's peak heap. Run with a small
 * {@code -Xmx} so a client that buffers the package fails here instead of passing quietly.
 */
public final class HeapProbe {
  static final String PEAK = "peakHeapBytes=";
  static final String SIZE = "downloadedBytes=";

  private HeapProbe() {}

  /**
   * Downloads one package and prints {@code downloadedBytes=N} and {@code peakHeapBytes=N}.
   *
   * @param args base URL, identity URL, client id, client secret, destination file
   * @throws Exception when the export or download fails (the exit code tells the parent)
   */
  public static void main(String[] args) throws Exception {
    Path destination = Path.of(args[4]);
    try (ShareDoExportClient client =
        FakeServers.client(URI.create(args[0]), URI.create(args[1]), args[2], args[3])
            .packageLimits(PackageLimits.builder().maxPackageBytes(2L << 30).build()).build()) {
      ExportJob job = client.createJob(FakeServers.matter());
      client.monitorJob(job, Duration.ofMinutes(2));
      DownloadResult result = client.downloadPackage(job, destination);
      System.out.println(SIZE + result.size());
    } finally {
      Files.deleteIfExists(destination);
    }
    System.out.println(PEAK + peakHeapBytes());
  }

  /** The sum of every heap pool's peak: an upper bound of the heap ever in use at once. */
  static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
