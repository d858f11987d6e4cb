package io.sharedo.export.testkit.internal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.sharedo.export.testkit.DownloadFault;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a package with its {@code Content-Disposition}: whole (200), or, with the range extension, from a
 * {@code Range} (206, guarded by {@code If-Range}); with {@code Content-Length} or chunked; honest or
 * dropped, truncated or throttled as the faults say. A dropped or truncated answer declares its full
 * length (when it declares one), writes part of the body, then closes the connection. Stateless.
 */
final class DownloadWriter {
  private static final Pattern RANGE = Pattern.compile("^bytes=(\\d+)-(\\d*)$");
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&+.^_`|~-]+");
  private final Responses responses;
  private final boolean ranges;
  private final boolean chunked;

  DownloadWriter(Responses responses, ServerSettings settings) {
    this.responses = responses;
    this.ranges = settings.has(Extension.RANGE_REQUESTS);
    this.chunked = settings.behaviour().chunkedDownloads();
  }

  /** The {@code Content-Disposition} file name: {@code export-<configName>-<CreatedOn, compact>.zip}. */
  static String fileName(String configName, Instant createdOn) {
    return "export-" + configName.replaceAll("\\p{Cntrl}", "_") + "-" + FILE_TIME.format(createdOn) + ".zip";
  }

  void send(HttpExchange exchange, PackageBytes pkg, String fileName, List<FaultBook.Active> jobFaults,
      List<FaultBook.Active> globalFaults) throws IOException {
    long size = pkg.size();
    Headers request = exchange.getRequestHeaders();
    Headers response = exchange.getResponseHeaders();
    response.set("Content-Type", "application/zip");
    response.set("Content-Disposition", "attachment; filename="
        + (TOKEN.matcher(fileName).matches() ? fileName : "\"" + fileName.replace("\"", "\\\"") + "\""));
    if (ranges) {
      response.set("ETag", pkg.etag);
      response.set("Accept-Ranges", "bytes");
    }
    long start = 0;
    long end = size - 1;
    int status = 200;
    String range = request.getFirst("Range");
    String ifRange = request.getFirst("If-Range");
    boolean rangeAllowed = ranges && FaultBook.find(DownloadFault.IgnoreRange.class, jobFaults, globalFaults).isEmpty()
        && (ifRange == null || ifRange.equals(pkg.etag));
    if (range != null && rangeAllowed) {
      Matcher m = RANGE.matcher(range.trim());
      if (m.matches()) {
        long from = Long.parseLong(m.group(1));
        long to = m.group(2).isEmpty() ? size - 1 : Math.min(size - 1, Long.parseLong(m.group(2)));
        if (from >= size || from > to) {
          response.set("Content-Range", "bytes */" + size);
          responses.error(exchange, 416, "RangeNotSatisfiable", "Range " + range + " is outside 0.." + size);
          return;
        }
        start = from;
        end = to;
        status = 206;
        response.set("Content-Range", "bytes " + start + "-" + end + "/" + size);
      }
    }
    long length = end - start + 1;
    if (exchange.getRequestMethod().equals("HEAD") || length <= 0) {
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
      return;
    }
    long stopAt = end + 1;
    Optional<DownloadFault.DropConnectionAt> drop = FaultBook.find(DownloadFault.DropConnectionAt.class, jobFaults, globalFaults);
    if (drop.isPresent()) {
      long at = (long) Math.floor(drop.get().fraction() * size);
      if (at > start && at <= end) {
        stopAt = at;
      }
    }
    Optional<DownloadFault.TruncateBody> truncate = FaultBook.find(DownloadFault.TruncateBody.class, jobFaults, globalFaults);
    if (truncate.isPresent()) {
      stopAt = Math.min(stopAt, start + (long) Math.floor(truncate.get().fraction() * length));
    }
    long rate = FaultBook.find(DownloadFault.ThrottleBody.class, jobFaults, globalFaults)
        .map(DownloadFault.ThrottleBody::bytesPerSecond).orElse(0L);
    // Chunked (length 0 for the JDK server) declares no Content-Length; a drop then just ends the stream early.
    exchange.sendResponseHeaders(status, chunked ? 0 : length);
    OutputStream out = exchange.getResponseBody();
    write(out, pkg, start, stopAt - start, rate);
    out.flush();
    if (stopAt <= end) {
      throw new ConnectionDrop();
    }
    out.close();
    exchange.close();
  }

  private static void write(OutputStream out, PackageBytes pkg, long from, long count, long rate)
      throws IOException {
    if (rate <= 0) {
      pkg.write(out, from, count);
      return;
    }
    // Slices of a twentieth of a second keep the pace even for small packages.
    long slice = Math.max(1, rate / 20);
    for (long done = 0; done < count; done += slice) {
      long n = Math.min(slice, count - done);
      pkg.write(out, from + done, n);
      out.flush();
      try {
        Thread.sleep(Math.max(1, n * 1000L / rate));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("server closing", e);
      }
    }
  }

  /**
   * Thrown out of the handler to end an answer with its declared body unfinished. Closing the exchange
   * alone would leave the socket open and the client waiting; the JDK server closes the connection
   * when the handler throws.
   */
  static final class ConnectionDrop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConnectionDrop() {
      super("download cut short on purpose", null, false, false);
    }
  }
}
