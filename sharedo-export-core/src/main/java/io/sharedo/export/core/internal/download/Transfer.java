package io.sharedo.export.core.internal.download;

import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.HttpTransport;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One download across its attempts: what was written, its SHA-256 so far, and what the server said
 * about it. An attempt resumes with {@code Range} + {@code If-Range} only when the first answer gave
 * a strong {@code ETag} and the 206 checks out ({@link ResumeCheck}); otherwise it starts over from
 * byte 0. The body is bounded by the smallest of the announced length, the declared package size
 * and the maximum package size. Used by one thread.
 */
final class Transfer {
  private static final Logger LOG = LoggerFactory.getLogger(Transfer.class);
  private static final long PROGRESS_STEP = 256 * 1024;
  private static final int ERROR_TEXT_BYTES = 64 * 1024;

  private final PackageDownloader.Request request;
  private final DownloadSettings settings;
  private final PartFile part;
  private final StreamingDigest digest = new StreamingDigest();
  private long offset;
  private long total = -1;
  private @Nullable String etag;
  private @Nullable String disposition;
  private int attempts;
  private int resumes;
  private long lastReported;
  private @Nullable HttpTransport http;

  Transfer(PackageDownloader.Request request, DownloadSettings settings, PartFile part) {
    this.request = request;
    this.settings = settings;
    this.part = part;
  }

  /**
   * One attempt: resume or start over, then stream the body to the part file.
   *
   * @param http the transport
   * @param throttle paces the request
   * @return nothing
   * @throws ExportException EXPORT_007 (retryable) when the transfer broke; EXPORT_004 or EXPORT_006
   *     when it cannot succeed; EXPORT_009 when interrupted
   */
  Void attempt(HttpTransport http, RequestThrottle throttle) {
    this.http = http;
    attempts++;
    HttpResponse<BodyChunks> response = null;
    if (offset > 0 && request.resumable() && ResumeCheck.canResumeWith(etag)) {
      response = resume(http, throttle);
    }
    if (response == null) {
      if (offset > 0) {
        restart();
      }
      response = send(http, throttle, false);
      begin(response);
    }
    if (request.job() != null) {
      settings.listener().downloadStarted(request.job(), offset, total);
    }
    stream(response);
    if (total >= 0 && offset < total) {
      throw dropped("the connection closed after " + offset + " of " + total + " bytes");
    }
    return null;
  }

  private @Nullable HttpResponse<BodyChunks> resume(HttpTransport http, RequestThrottle throttle) {
    HttpResponse<BodyChunks> response = send(http, throttle, true);
    int status = response.statusCode();
    if (status == 206) {
      Optional<String> mismatch = ResumeCheck.mismatch(response.headers(), etag, offset, total);
      if (mismatch.isEmpty()) {
        resumes++;
        total = ResumeCheck.total(response.headers());
        return response;
      }
      LOG.info("the answer to resuming at byte {} does not continue the package ({}); starting over from byte 0",
          offset, mismatch.get());
    } else if (status == 200) {
      LOG.debug("the server ignored the range; starting over from byte 0");
      restart();
      begin(response);
      return response;
    } else if (status != 416) {
      throw refused(response);
    }
    discard(response);
    return null;
  }

  private HttpResponse<BodyChunks> send(HttpTransport http, RequestThrottle throttle,
      boolean ranged) {
    return http.sendOnce(request.operation(), throttle, () -> {
      HttpRequest.Builder builder = request.request().get();
      if (ranged) {
        builder.header("Range", "bytes=" + offset + "-").header("If-Range", etag);
      }
      return builder;
    }, BodyChunks.handler(settings.idleTimeout()));
  }

  /** Takes a 200 as the start of the package: its length (checked against the limits), ETag and name. */
  private void begin(HttpResponse<BodyChunks> response) {
    if (response.statusCode() != 200) {
      throw refused(response);
    }
    total = ResumeCheck.contentLength(response.headers());
    etag = response.headers().firstValue("ETag").orElse(null);
    disposition = response.headers().firstValue("Content-Disposition").orElse(disposition);
    if (total > settings.maxPackageBytes()) {
      discard(response);
      throw tooLarge("the server announces " + total + " bytes", offset, total);
    }
    if (request.declaredSize() != null && total >= 0 && total != request.declaredSize()) {
      discard(response);
      throw sizeMismatch(total);
    }
  }

  private void stream(HttpResponse<BodyChunks> response) {
    long limit = Math.min(settings.maxPackageBytes(), total >= 0 ? total
        : request.declaredSize() != null ? request.declaredSize() : Long.MAX_VALUE);
    try (BodyChunks body = response.body()) {
      for (List<ByteBuffer> chunk; (chunk = body.next()) != null; ) {
        ByteBuffer[] buffers = chunk.toArray(new ByteBuffer[0]);
        long bytes = 0;
        for (ByteBuffer buffer : buffers) {
          bytes += buffer.remaining();
        }
        if (offset + bytes > limit) {
          throw beyond(limit, offset + bytes);
        }
        digest.update(buffers);
        part.write(buffers, bytes);
        offset += bytes;
        if (request.job() != null && offset - lastReported >= PROGRESS_STEP) {
          lastReported = offset;
          settings.listener().downloadProgress(request.job(), offset, total);
        }
        if (Thread.currentThread().isInterrupted()) {
          throw interrupted();
        }
      }
    } catch (InterruptedException | ClosedByInterruptException e) {
      Thread.currentThread().interrupt();
      throw interrupted();
    } catch (PartFile.WriteFailure e) {
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "cannot write the package to " + part.path()
          + " (" + Objects.requireNonNull(e.getCause()).getMessage() + "); check the folder's space and permissions", details(), e.getCause());
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : ": " + Objects.requireNonNull(http, "sent").serverText(e.getMessage());
      throw dropped(e.getClass().getSimpleName() + why);
    }
  }

  private ExportException beyond(long limit, long received) {
    if (limit == total) {
      return new ExportException(ExportErrorCode.VALIDATION_FAILED, "the server sent more bytes than its "
          + "Content-Length of " + total + "; the package is not trusted", sizes(received), null);
    }
    if (request.declaredSize() != null && limit == request.declaredSize()) {
      return sizeMismatch(received);
    }
    return tooLarge("the download passed " + limit + " bytes", received, -1);
  }

  /** Checks the whole package against what the server declared, and reports the last progress. */
  void verify() {
    if (request.job() != null && offset != lastReported) {
      settings.listener().downloadProgress(request.job(), offset, total);
    }
    if (offset == 0) {
      throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
          "the server sent an empty package; export again or check the server", sizes(0), null);
    }
    if (request.declaredSize() != null && request.declaredSize() != offset) {
      throw sizeMismatch(offset);
    }
    String sha256 = sha256();
    if (request.declaredSha256() != null && !request.declaredSha256().equalsIgnoreCase(sha256)) {
      throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
          "the package's SHA-256 does not match the one the server declared; export again",
          Map.of("declaredSha256", request.declaredSha256(), "sha256", sha256), null);
    }
  }

  String sha256() {
    return HexFormat.of().formatHex(digest.current());
  }

  long size() {
    return offset;
  }

  int resumes() {
    return resumes;
  }

  int attempts() {
    return attempts;
  }

  /** The raw {@code Content-Disposition} of the last full answer, or null. */
  @Nullable String disposition() {
    return disposition;
  }

  private void restart() {
    try {
      part.truncate();
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
          "cannot restart the partial download " + part.path() + " (" + e.getMessage() + ")", details(), e);
    }
    digest.reset();
    offset = 0;
    lastReported = 0;
  }

  private static void discard(HttpResponse<BodyChunks> response) {
    response.body().close();
  }

  Map<String, String> details() {
    Map<String, String> details = new HashMap<>();
    if (request.job() != null) {
      details.put("jobId", request.job().jobId());
    }
    details.put("bytesReceived", Long.toString(offset));
    return details;
  }

  private Map<String, String> sizes(long received) {
    Map<String, String> details = details();
    details.put("bytesReceived", Long.toString(received));
    if (request.declaredSize() != null) {
      details.put("declaredSize", Long.toString(request.declaredSize()));
    }
    return details;
  }

  private ExportException sizeMismatch(long size) {
    return new ExportException(ExportErrorCode.VALIDATION_FAILED, "the package has " + size
        + " bytes but the server declared " + request.declaredSize() + "; export again", sizes(size), null);
  }

  private ExportException tooLarge(String what, long received, long announced) {
    Map<String, String> details = sizes(received);
    if (announced >= 0) {
      details.put("contentLength", Long.toString(announced));
    }
    details.put("maxPackageBytes", Long.toString(settings.maxPackageBytes()));
    return new ExportException(ExportErrorCode.VALIDATION_FAILED, what + ", more than the maximum package size of "
        + settings.maxPackageBytes() + " bytes; the download was stopped (raise PackageLimits.maxPackageBytes if "
        + "such a package is expected)", details, null);
  }

  private ExportCancelledException interrupted() {
    return new ExportCancelledException(request.job() == null ? null : request.job().jobId(), false,
        "the download was interrupted");
  }

  private ExportException dropped(String what) {
    Map<String, String> details = details();
    details.put("operation", request.operation());
    boolean canResume = request.resumable() && ResumeCheck.canResumeWith(etag);
    return new ExportException(ExportErrorCode.NETWORK_ERROR, "the package transfer broke (" + what + ")"
        + (canResume ? "; resuming" : "; starting over"), details, null);
  }

  private ExportException refused(HttpResponse<BodyChunks> response) {
    int status = response.statusCode();
    String message = Objects.requireNonNull(http, "sent before refused").serverMessage(
        response.body().text(ERROR_TEXT_BYTES));
    Map<String, String> details = details();
    details.put("httpStatus", Integer.toString(status));
    String hint = status == 409 ? "the job has not finished yet; monitor it first"
        : status == 404 ? "the server has no package for this job (expired?); export again"
        : "check the server";
    // The fallback's configuration export is fetched like a package but is no package download.
    String what = request.job() == null ? "the configuration export" : "the package download";
    return new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
        "the server answered " + status + " to " + what + " (" + message + "); " + hint, details, null);
  }
}
