package io.sharedo.export.benchmarks;

import io.sharedo.export.testkit.Endpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * One run of a tool that exports a job (figure 7), timed from the process start to its exit, with
 * where the time went, read from the server's request arrivals.
 *
 * @param wallNanos process start to exit
 * @param polls progress requests made
 * @param toFirstRequest process start to the first request reaching the server
 * @param tokenToCreate first request (the token) to the create request
 * @param pollingLag the job's end (create + 2 s) to the progress request that saw it done
 * @param afterDownload the download request to the process's exit
 */
record Trip(long wallNanos, long polls, long toFirstRequest, long tokenToCreate, long pollingLag,
    long afterDownload) {
  private static final long JOB_NANOS = TimeUnit.SECONDS.toNanos(2);

  /** Runs the command to completion and reads its requests from the timeline. */
  static Trip run(List<String> command, RequestTimeline timeline) throws IOException, InterruptedException {
    Path errors = Files.createTempFile("bench-trip", ".err");
    try {
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(errors.toFile()).start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish within 2 minutes");
      }
      long end = System.nanoTime();
      if (process.exitValue() != 0) {
        throw new IOException(String.join(" ", command.subList(0, 3)) + " ... exited with " + process.exitValue()
            + ": " + Files.readString(errors).strip());
      }
      List<RequestTimeline.Arrival> arrivals = timeline.since(start);
      RequestTimeline.Arrival create = RequestTimeline.first(arrivals, Endpoint.CREATE_JOB);
      RequestTimeline.Arrival seen = RequestTimeline.last(arrivals, Endpoint.PROGRESS);
      RequestTimeline.Arrival download = RequestTimeline.first(arrivals, Endpoint.DOWNLOAD);
      if (arrivals.isEmpty() || create == null || seen == null || download == null) {
        throw new IOException("the run made no create, progress or download request: " + arrivals);
      }
      return new Trip(end - start, RequestTimeline.count(arrivals, Endpoint.PROGRESS),
          arrivals.get(0).nanos() - start, create.nanos() - arrivals.get(0).nanos(),
          seen.nanos() - (create.nanos() + JOB_NANOS), end - download.nanos());
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  /** The median of one measure over runs. */
  static long median(List<Trip> trips, ToLongFunction<Trip> measure) {
    long[] values = trips.stream().mapToLong(measure).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }
}
