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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Streams a package to a part file beside the destination ({@link PartFile}), computing SHA-256 on
 * the way, resuming a broken transfer where the server allows it ({@link Transfer}), verifying the
 * announced length and the declared size and checksum, then makes the file durable and moves it
 * atomically into place. The destination is a file, or an existing folder: then the file takes the
 * server's {@code Content-Disposition} name, made safe ({@link DispositionFileName}), or
 * {@code export-<jobId>.zip}. On failure nothing is left at the destination and the part file is
 * removed. Thread-safe (each call has its own state).
 */
public final class PackageDownloader {
  private static final String EXTENSION = ".zip";

  private final DownloadSettings settings;

  /**
   * Creates the downloader.
   *
   * @param listener receives download events (must not throw)
   * @param idleTimeout how long a body may stay silent before the transfer counts as broken
   * @param maxPackageBytes the most bytes a package may have, whatever the server announces or declares
   */
  public PackageDownloader(ExportListener listener, Duration idleTimeout, long maxPackageBytes) {
    this.settings = new DownloadSettings(listener, idleTimeout, maxPackageBytes);
  }

  /**
   * What to fetch and what to expect.
   *
   * @param operation the operation's name, for retries and messages
   * @param params what is exported
   * @param job the job; null means no download events (fallback)
   * @param request builds each attempt's request
   * @param resumable whether a broken transfer may continue with {@code Range}
   * @param declaredSize the size the server declared, or null
   * @param declaredSha256 the SHA-256 the server declared, or null
   * @param check validates the complete part file before it is moved into place, or null
   */
  public record Request(
      String operation,
      @Nullable ExportParams params,
      @Nullable ExportJob job,
      Supplier<HttpRequest.Builder> request,
      boolean resumable,
      @Nullable Long declaredSize,
      @Nullable String declaredSha256,
      @Nullable Consumer<Path> check) {}

  /**
   * Downloads to {@code destination}.
   *
   * @param http the environment's transport
   * @param request what to fetch
   * @param destination the file to write (its folder must exist), or an existing folder
   * @param throttle paces every request
   * @return the verified download, with the file's final path
   * @throws ExportException EXPORT_004 when the transfer fails after its resume attempts or the disk
   *     refuses, EXPORT_006 on a size or checksum mismatch or a package over the maximum size,
   *     EXPORT_009 when interrupted
   * @throws IllegalArgumentException when the destination's folder does not exist
   */
  public DownloadResult download(HttpTransport http, Request request, Path destination, RequestThrottle throttle) {
    Path target = destination.toAbsolutePath().normalize();
    boolean intoFolder = Files.isDirectory(target);
    Path folder = intoFolder ? target : target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("destination's folder does not exist: " + folder);
    }
    PartFile part = createPart(folder, intoFolder ? "sharedo-export" : target.getFileName().toString(), request);
    Transfer transfer = new Transfer(request, settings, part);
    try {
      try (part) {
        fetch(http, request, throttle, transfer);
        transfer.verify();
        part.makeDurable();
      }
      if (request.check() != null) {
        request.check().accept(part.path());
      }
      Path file = intoFolder ? folder.resolve(fileName(request, transfer)) : target;
      Files.move(part.path(), file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new DownloadResult(file, transfer.size(), transfer.sha256(), transfer.resumes());
    } catch (IOException e) {
      part.deleteQuietly();
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "cannot write the package into " + folder + " ("
          + e.getMessage() + "); check the folder's space and permissions", transfer.details(), e);
    } catch (RuntimeException | Error e) {
      part.deleteQuietly();
      throw e;
    }
  }

  private static PartFile createPart(Path folder, String name, Request request) {
    try {
      return PartFile.create(folder, name);
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "cannot create the package file in " + folder + " ("
          + e.getMessage() + "); check the folder's space and permissions",
          request.job() == null ? Map.of() : Map.of("jobId", request.job().jobId()), e);
    }
  }

  private static void fetch(HttpTransport http, Request request, RequestThrottle throttle, Transfer transfer) {
    try {
      http.retrier().call(request.operation(), request.params(), () -> transfer.attempt(http, throttle));
    } catch (ExportCancelledException e) {
      throw e;
    } catch (ExportException e) {
      if (e.code() == ExportErrorCode.NETWORK_ERROR) {
        throw new ExportException(ExportErrorCode.DOWNLOAD_FAILED, "the package download failed after "
            + transfer.attempts() + " attempt(s) and " + transfer.resumes() + " resume(s): " + e.getMessage(),
            transfer.details(), e);
      }
      throw e;
    }
  }

  /** The server's name for the file when it gave a usable one, else one made from the job. */
  private static String fileName(Request request, Transfer transfer) {
    String fallback = "export-" + (request.job() != null ? request.job().jobId() : Objects.requireNonNull(request.params(), "a job or its parameters").systemName());
    return DispositionFileName.of(transfer.disposition(), EXTENSION)
        .or(() -> DispositionFileName.sanitise(fallback, EXTENSION))
        .orElse("export" + EXTENSION);
  }
}
