/**
 * Performance figures of sharedo-export, each measured side by side with its reference (curl,
 * unzip, fixed 1-second polling, the ideal batch time) and printed with its target by
 * {@link io.sharedo.export.benchmarks.BenchmarkReport}; plus JMH micro-benchmarks for profiling.
 * Not a library: never deployed, no API.
 */
package io.sharedo.export.benchmarks;
