package io.sharedo.export.core.internal.download;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportCancelledException;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportParams;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.internal.http.HttpTransport;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a package to {@code <destination>.part-<random>} in the destination's folder, computing
 * SHA-256 on the way, resuming a broken transfer with {@code Range} + {@code If-Range} (starting
 * over when the server answers 200), verifying Content-Length and the server-declared size and
 * checksum, then fsyncs and moves the file atomically into place. On failure nothing is left at
 * the destination and the part file is removed. Thread-safe (each call has its own state).
 */
public final class PackageDownloader {
  private static final Logger LOG = LoggerFactory.getLogger(PackageDownloader.class);
  private static final long PROGRESS_STEP = 256 * 1024;

  private final ExportListener listener;
  private final java.time.Duration idleTimeout;

  /**
   * Creates the downloader.
   *
   * @param listener receives download events (must not throw)
   * @param idleTimeout how long a body may stay silent before the transfer counts as broken
   */
  public PackageDownloader(ExportListener listener, java.time.Duration idleTimeout) {
    this.listener = listener;
    this.idleTimeout = idleTimeout;
  }

  /** What to fetch and what to expect. */
  public record Request(
      String operation,
      ExportParams params,
      ExportJob job,
      Supplier<HttpRequest.Builder> request,
      boolean resumable,
      Long declaredSize,
      String declaredSha256,
      java.util.function.Consumer<Path> check) {}

  /**
   * Downloads to {@code destination}.
   *
   * @param http the environment's transport
   * @param request what to fetch; {@code job} null means no download events (fallback)
   * @param destination the file to write; its folder must exist
   * @param throttle paces every request
   * @return the verified download
   * @throws ExportException EXPORT_004 when the transfer fails after its resume attempts, EXPORT_006
   *     on a size or checksum mismatch, EXPORT_009 when interrupted
   * @throws IllegalArgumentException when the destination's folder does not exist
   */
  public DownloadResult download(HttpTransport http, Request request, Path destination, RequestThrottle throttle) {
    Path target = destination.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("destination's folder does not exist: " + folder);
    }
    Path part = folder.resolve(target.getFileName() + ".part-" + UUID.randomUUID().toString().substring(0, 8));
    Transfer transfer = new Transfer(request, part);
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      transfer.channel = channel;
      try {
        http.retrier().call(request.operation(), request.params(), () -> transfer.attempt(http, throttle));
      } catch (ExportCancelledException e) {
        throw e;
      } catch (ExportException e) {
        if (e.code() == ExportErrorCode.NETWORK_ERROR) {
          throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
              "the package download failed after " + transfer.attempts + " attempt(s) and " + transfer.resumes
                  + " resume(s): " + e.getMessage(), details(request, transfer), e);
        }
        throw e;
      }
      transfer.verify();
      channel.force(true);
      if (request.check() != null) {
        request.check().accept(part);
      }
    } catch (IOException e) {
      deleteQuietly(part);
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
          "cannot write the package next to " + target + " (" + e.getMessage() + "); check the folder's space and "
              + "permissions", details(request, transfer), e);
    } catch (RuntimeException e) {
      deleteQuietly(part);
      throw e;
    }
    try {
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      deleteQuietly(part);
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
          "cannot move the package into place at " + target + " (" + e.getMessage() + ")", details(request, transfer), e);
    }
    return new DownloadResult(target, transfer.offset, transfer.sha256(), transfer.resumes);
  }

  private static Map<String, String> details(Request request, Transfer transfer) {
    Map<String, String> details = new HashMap<>();
    if (request.job() != null) {
      details.put("jobId", request.job().jobId());
    }
    details.put("bytesReceived", Long.toString(transfer.offset));
    return details;
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("could not delete the partial download {}", file, e);
    }
  }

  /** The state of one download across its attempts. */
  private final class Transfer {
    private final Request request;
    private final Path part;
    private FileChannel channel;
    private MessageDigest digest = newDigest();
    private long offset;
    private long total = -1;
    private String etag;
    private int attempts;
    private int resumes;
    private long lastReported;

    Transfer(Request request, Path part) {
      this.request = request;
      this.part = part;
    }

    Void attempt(HttpTransport http, RequestThrottle throttle) {
      attempts++;
      boolean resuming = request.resumable() && offset > 0;
      BodyChunks body = new BodyChunks(idleTimeout);
      HttpResponse<java.util.concurrent.Flow.Publisher<java.util.List<ByteBuffer>>> response = http.sendOnce(request.operation(), throttle, () -> {
        HttpRequest.Builder builder = request.request().get();
        if (resuming) {
          builder.header("Range", "bytes=" + offset + "-");
          if (etag != null) {
            builder.header("If-Range", etag);
          }
        }
        return builder;
      }, HttpResponse.BodyHandlers.ofPublisher());
      response.body().subscribe(body);
      int status = response.statusCode();
      if (status == 206 && resuming) {
        resumes++;
        total = rangeTotal(response, total);
      } else if (status == 200) {
        if (offset > 0) {
          LOG.debug("server ignored the range; restarting the download from byte 0");
          restart();
        }
        total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        etag = response.headers().firstValue("ETag").orElse(null);
      } else {
        body.close();
        throw refused(status, "HTTP " + status);
      }
      if (request.job() != null) {
        listener.downloadStarted(request.job(), offset, total);
      }
      stream(body);
      if (total >= 0 && offset < total) {
        throw dropped("the connection closed after " + offset + " of " + total + " bytes");
      }
      return null;
    }

    private void stream(BodyChunks body) {
      try (body) {
        for (java.util.List<ByteBuffer> chunk; (chunk = body.next()) != null; ) {
          ByteBuffer[] buffers = chunk.toArray(new ByteBuffer[0]);
          ByteBuffer[] unwritten = new ByteBuffer[buffers.length];
          long bytes = 0;
          for (int i = 0; i < buffers.length; i++) {
            bytes += buffers[i].remaining();
            unwritten[i] = buffers[i].duplicate();
          }
          writeFully(buffers, bytes);
          for (ByteBuffer written : unwritten) {
            digest.update(written);
          }
          offset += bytes;
          if (total >= 0 && offset > total) {
            throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
                "the server sent more bytes than its Content-Length of " + total + "; the package is not trusted",
                Map.of("bytesReceived", Long.toString(offset)), null);
          }
          if (request.job() != null && offset - lastReported >= PROGRESS_STEP) {
            lastReported = offset;
            listener.downloadProgress(request.job(), offset, total);
          }
          if (Thread.currentThread().isInterrupted()) {
            throw interrupted();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw interrupted();
      } catch (IOException e) {
        throw dropped(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }

    /**
     * Writes a batch in one gathered write, not a write per 16 KiB buffer. A disk error is final (EXPORT_004), not a broken transfer: retrying cannot
     * free space or grant permissions, and a resume would start from a file position that no
     * longer matches the bytes counted.
     */
    private void writeFully(ByteBuffer[] buffers, long bytes) {
      try {
        for (long left = bytes; left > 0; ) {
          left -= channel.write(buffers);
        }
      } catch (java.nio.channels.ClosedByInterruptException e) {
        throw interrupted();
      } catch (IOException e) {
        throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
            "cannot write the package to " + part + " (" + e.getMessage() + "); check the folder's space and "
                + "permissions", details(request, this), e);
      }
    }

    void verify() {
      if (request.job() != null && offset != lastReported) {
        listener.downloadProgress(request.job(), offset, total);
      }
      if (offset == 0) {
        throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
            "the server sent an empty package; export again or check the server", Map.of("bytesReceived", "0"), null);
      }
      if (request.declaredSize() != null && request.declaredSize() != offset) {
        throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
            "the package has " + offset + " bytes but the server declared " + request.declaredSize()
                + "; export again", Map.of("bytesReceived", Long.toString(offset),
                "declaredSize", Long.toString(request.declaredSize())), null);
      }
      if (request.declaredSha256() != null && !request.declaredSha256().equalsIgnoreCase(sha256())) {
        throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
            "the package's SHA-256 does not match the one the server declared; export again",
            Map.of("declaredSha256", request.declaredSha256(), "sha256", sha256()), null);
      }
    }

    String sha256() {
      try {
        MessageDigest copy = (MessageDigest) digest.clone();
        return HexFormat.of().formatHex(copy.digest());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
      }
    }

    private void restart() {
      try {
        channel.truncate(0);
        channel.position(0);
      } catch (IOException e) {
        throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
            "cannot restart the partial download " + part + " (" + e.getMessage() + ")", details(request, this), e);
      }
      digest = newDigest();
      offset = 0;
      lastReported = 0;
    }

    private ExportCancelledException interrupted() {
      return new ExportCancelledException(request.job() == null ? null : request.job().jobId(), false,
          "the download was interrupted");
    }

    private ExportException dropped(String what) {
      Map<String, String> details = details(request, this);
      details.put("operation", request.operation());
      return new ExportException(ExportErrorCode.NETWORK_ERROR,
          "the package transfer broke (" + what + ")" + (request.resumable() ? "; resuming" : ""), details, null);
    }

    private ExportException refused(int status, String message) {
      Map<String, String> details = details(request, this);
      details.put("httpStatus", Integer.toString(status));
      String hint = status == 409 ? "the job has not finished yet; monitor it first"
          : status == 404 ? "the server has no package for this job (expired?); export again"
          : "check the server";
      return new ExportException(ExportErrorCode.DOWNLOAD_FAILED,
          "the server answered " + status + " to the package download (" + message + "); " + hint, details, null);
    }

    @Override
    public String toString() {
      return "Transfer[" + part + ", " + offset + " bytes]";
    }
  }

  private static long rangeTotal(HttpResponse<?> response, long previous) {
    // Content-Range: bytes 100-999/1000
    String range = response.headers().firstValue("Content-Range").orElse("");
    int slash = range.lastIndexOf('/');
    if (slash >= 0) {
      try {
        return Long.parseLong(range.substring(slash + 1).trim());
      } catch (NumberFormatException e) {
        return previous;
      }
    }
    return previous;
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
