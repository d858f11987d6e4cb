package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.ExportException;
import io.sharedo.export.core.pkg.PackageLimits;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.model.FileHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A package ZIP opened with Zip4j, its central directory read. Everything Zip4j throws for a
 * damaged file, checked or not, becomes {@code EXPORT_006} here, so callers only ever see our
 * exceptions. Not thread-safe: one instance per call, closed by the caller.
 */
public final class OpenPackage implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(OpenPackage.class);

  private final Path path;
  private final long size;
  private final ZipFile zipFile;
  private final List<FileHeader> headers;

  private OpenPackage(Path path, long size, ZipFile zipFile, List<FileHeader> headers) {
    this.path = path;
    this.size = size;
    this.zipFile = zipFile;
    this.headers = headers;
  }

  /**
   * Opens a package file and reads its central directory.
   *
   * @param path the package file
   * @param limits the limits, for the entry count the end records claim
   * @return the open package; close it
   * @throws io.sharedo.export.ExportException EXPORT_006 when the file is missing, empty, or not a ZIP
   */
  public static OpenPackage open(Path path, PackageLimits limits) {
    if (!Files.exists(path)) {
      throw PackageErrors.invalid(path, "does not exist", "check the path, or download the package again", null);
    }
    if (!Files.isRegularFile(path)) {
      throw PackageErrors.invalid(path, "is not a regular file", "pass the path of the package ZIP file", null);
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      throw PackageErrors.invalid(path, "cannot be read (" + PackageErrors.reason(e) + ")", "check its permissions", e);
    }
    if (size == 0) {
      throw PackageErrors.invalid(path, "is empty (0 bytes)", PackageErrors.DOWNLOAD_AGAIN, null);
    }
    // Zip4j reads sibling files of a name ending in ".zip.001" as further parts of a split archive.
    if (path.getFileName() != null && path.getFileName().toString().endsWith(".zip.001")) {
      throw PackageErrors.invalid(path, "is named like a split archive part (.zip.001)",
          "rename it to end in .zip; split archives are not supported", null);
    }
    ZipPreflight.check(path, size, limits);
    ZipFile zipFile = new ZipFile(path.toFile());
    try {
      zipFile.setCharset(StandardCharsets.UTF_8);
      List<FileHeader> headers = List.copyOf(zipFile.getFileHeaders());
      if (zipFile.isSplitArchive()) {
        throw PackageErrors.invalid(path, "is a split (multi-part) archive",
            "split archives are not supported; " + PackageErrors.DOWNLOAD_AGAIN, null);
      }
      return new OpenPackage(path, size, zipFile, headers);
    } catch (IOException | RuntimeException e) {
      closeQuietly(zipFile);
      if (e instanceof ExportException exportException) {
        throw exportException;
      }
      throw PackageErrors.invalid(path, "is not a readable ZIP file (" + PackageErrors.reason(e) + ")",
          PackageErrors.DOWNLOAD_AGAIN, e);
    }
  }

  /**
   * The package file.
   *
   * @return its path
   */
  public Path path() {
    return path;
  }

  /**
   * The package file's size, which bounds how many compressed bytes any entry can really have.
   *
   * @return the size in bytes, positive
   */
  public long size() {
    return size;
  }

  /**
   * The central directory, in ZIP order.
   *
   * @return an unmodifiable list
   */
  public List<FileHeader> headers() {
    return headers;
  }

  /**
   * Opens an entry for reading its inflated bytes. Zip4j checks the CRC when the stream reaches its
   * end, and reports it as an {@link IOException} from {@code read}.
   *
   * @param header one of {@link #headers()}
   * @return a stream the caller closes
   * @throws io.sharedo.export.ExportException EXPORT_006 when the entry cannot be opened
   */
  public InputStream open(FileHeader header) {
    try {
      return zipFile.getInputStream(header);
    } catch (IOException | RuntimeException e) {
      throw PackageErrors.invalid(path,
          "has a damaged entry " + header.getFileName() + " (" + PackageErrors.reason(e) + ")",
          PackageErrors.DOWNLOAD_AGAIN, e, "entry", header.getFileName());
    }
  }

  @Override
  public void close() {
    closeQuietly(zipFile);
  }

  private static void closeQuietly(ZipFile zipFile) {
    try {
      zipFile.close();
    } catch (IOException | RuntimeException e) {
      // Read-only: nothing was written, so a failed close loses nothing.
      LOG.debug("closing {} failed", zipFile.getFile(), e);
    }
  }
}
