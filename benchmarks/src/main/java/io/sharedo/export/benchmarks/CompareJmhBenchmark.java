package io.sharedo.export.benchmarks;

import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.compare.ExportComparator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmark of the comparison engine, for profiling changes to it:
 * {@code java -cp benchmarks/target/benchmarks.jar org.openjdk.jmh.Main CompareJmhBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompareJmhBenchmark {

  /** How many components each side holds. */
  @Param({"1000", "10000"})
  public int components;

  private ExportPackage left;
  private ExportPackage right;
  private final ExportComparator comparator = ExportComparator.ofDefaults();

  /** Builds both sides once per trial. */
  @Setup
  public void setUp() {
    left = SyntheticPackages.workTypes(components, 0, 1);
    right = SyntheticPackages.workTypes(components, 20, 2);
  }

  /**
   * Compares the two sides.
   *
   * @return the result, so the JIT cannot drop the work
   */
  @Benchmark
  public ComparisonResult compare() {
    return comparator.compare("left", left, "right", right);
  }
}
