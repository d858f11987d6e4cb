package io.sharedo.export.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every figure of the performance targets side by side in one process and prints one
 * Markdown table: figure, measured value, target, PASS/MISS/SKIP, and how it was measured.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar                 # every figure
 * java -jar benchmarks/target/benchmarks.jar compare extract # only these
 * </pre>
 */
public final class BenchmarkReport {

  /** A figure's code, run against a scratch folder. */
  @FunctionalInterface
  interface FigureRun {
    Figure run(Path work) throws Exception;
  }

  private BenchmarkReport() {}

  static Map<String, FigureRun> figures() {
    Map<String, FigureRun> figures = new LinkedHashMap<>();
    figures.put("download", DownloadFigure::run);
    figures.put("download-heap", DownloadHeapFigure::run);
    figures.put("extract", ExtractFigure::run);
    figures.put("polling", work -> PollingFigure.run());
    figures.put("scale", work -> ScaleFigure.run());
    figures.put("compare", work -> CompareFigure.run());
    figures.put("batch", work -> BatchFigure.run());
    figures.put("trip", TripFigure::run);
    return figures;
  }

  /**
   * Runs the figures named in {@code args} (all when none) and prints the table.
   *
   * @param args figure names
   * @throws Exception when the scratch folder cannot be made
   */
  public static void main(String[] args) throws Exception {
    Map<String, FigureRun> all = figures();
    Set<String> wanted = args.length == 0 ? all.keySet() : Set.of(args);
    for (String name : wanted) {
      if (!all.containsKey(name)) {
        System.err.println("unknown figure '" + name + "'; known: " + all.keySet());
        System.exit(2);
      }
    }
    List<Figure> results = new ArrayList<>();
    for (Map.Entry<String, FigureRun> figure : all.entrySet()) {
      if (!wanted.contains(figure.getKey())) {
        continue;
      }
      System.err.println("running " + figure.getKey() + " ...");
      settle();
      Path work = Files.createTempDirectory("sharedo-bench-" + figure.getKey());
      try {
        results.add(figure.getValue().run(work));
      } catch (Exception e) {
        results.add(new Figure(figure.getKey(), "error", "-", false, e.toString()));
      } finally {
        ExtractFigure.deleteTree(work);
      }
    }
    print(results, System.out);
  }

  /**
   * Lets what the previous figure left behind finish before the next one starts: its garbage (a full
   * collection), the dirty pages of the files it wrote (the kernel writes them back for up to 30 s
   * after, competing for the disk and the cores; {@code sync} writes them now), then a second of rest.
   * In one full run without this, the command-line tool of figure 7 took 0.1 s longer to its first
   * request than in a run of figure 7 alone.
   */
  private static void settle() throws InterruptedException {
    System.gc();
    if (ExternalTool.available("sync")) {
      try {
        ExternalTool.run(List.of("sync"));
      } catch (IOException e) {
        System.err.println("sync failed: " + e.getMessage());
      }
    }
    Thread.sleep(1000);
  }

  static void print(List<Figure> results, PrintStream out) {
    Runtime runtime = Runtime.getRuntime();
    out.printf("Run %s on %d cores, max heap %d MiB, %s %s, %s %s%n%n", Instant.now(),
        runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
    out.println("| figure | measured | target | result | notes |");
    out.println("| --- | --- | --- | --- | --- |");
    for (Figure f : results) {
      out.printf("| %s | %s | %s | %s | %s |%n", f.name(), f.measured(), f.target(), f.verdict(), f.notes());
    }
  }
}
