package io.sharedo.export.core.internal.job;

import io.sharedo.export.DownloadResult;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.internal.RequestThrottle;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The fallback to the configuration export (PROTOCOL.md section 5). It asks for the item as JSON
 * and reads whichever answer comes: ONE JSON document (kept as a {@code .json} file beside the
 * caller's destination and read like a package's step file) or a ZIP package (validated and read
 * like any package). The answer is fetched into the trip's temporary folder and copied into place
 * only once it could be read, so a failed fallback leaves nothing at the destination. Thread-safe.
 */
final class FallbackExport {
  private static final byte[] ZIP_MAGIC = {'P', 'K'};

  /** What kind of answer the configuration export gave. */
  enum Kind {
    ZIP(".zip"),
    JSON(".json");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }
  }

  private final JobRunner runner;
  private final PackageReader reader;

  FallbackExport(JobRunner runner, PackageReader reader) {
    this.runner = runner;
    this.reader = reader;
  }

  /**
   * Runs the fallback.
   *
   * @param params what to export
   * @param destination the caller's file for the package, or null to keep none
   * @param throttle paces the requests
   * @param start when the export started ({@link System#nanoTime()})
   * @param temp the trip's temporary folder, removed by the caller
   * @param listener the call's guarded listener
   * @return the result, its method {@link ExportMethod#CONFIGURATION_EXPORT}
   */
  ExportResult run(ExportParams params, @Nullable Path destination, RequestThrottle throttle, long start, Path temp,
      ExportListener listener) {
    Path answer = temp.resolve("configuration-export.answer");
    Kind[] kind = new Kind[1];
    ExportPackage[] content = new ExportPackage[1];
    DownloadResult fetched = runner.configurationExport(params, answer, throttle, part -> {
      kind[0] = kindOf(params, part);
      if (kind[0] == Kind.ZIP) {
        reader.validate(part);
        content[0] = reader.extract(part, temp.resolve("content")).content();
      } else {
        content[0] = FallbackDocument.read(part, params, reader.limits());
      }
    }, listener);
    DownloadResult kept = destination == null ? null : keep(fetched, target(destination, kind[0], params));
    ExportResult result = new ExportResult(params, null, ExportMethod.CONFIGURATION_EXPORT, content[0], kept,
        Duration.ofNanos(System.nanoTime() - start));
    listener.completed(result);
    return result;
  }

  /**
   * Where the answer is kept: a JSON answer under the caller's name with {@code .json} in place of
   * its {@code .zip}; in a folder the caller gave, as {@code configuration-export-<systemName>} with
   * the answer's extension.
   */
  static Path target(Path destination, Kind kind, ExportParams params) {
    if (Files.isDirectory(destination)) {
      return destination.resolve("configuration-export-" + params.systemName().replaceAll("[^A-Za-z0-9._-]", "_")
          + kind.extension);
    }
    String name = destination.getFileName().toString();
    if (kind == Kind.ZIP || name.toLowerCase(Locale.ROOT).endsWith(Kind.JSON.extension)) {
      return destination;
    }
    String base = name.toLowerCase(Locale.ROOT).endsWith(Kind.ZIP.extension)
        ? name.substring(0, name.length() - Kind.ZIP.extension.length()) : name;
    return destination.resolveSibling(base + Kind.JSON.extension);
  }

  private Kind kindOf(ExportParams params, Path part) {
    byte[] head;
    try (InputStream in = Files.newInputStream(part)) {
      head = in.readNBytes(64);
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED,
          "cannot read the configuration export's answer " + part + " (" + e.getMessage() + ")", Map.of(), e);
    }
    if (head.length >= 2 && head[0] == ZIP_MAGIC[0] && head[1] == ZIP_MAGIC[1]) {
      return Kind.ZIP;
    }
    String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
    if (start.startsWith("{")) {
      return Kind.JSON;
    }
    String url = String.valueOf(runner.api(params.environment()).http()
        .resolve(runner.api(params.environment()).endpoints().configurationExport()));
    String what = start.startsWith("<") ? "an HTML page" : head.length == 0 ? "an empty body" : "neither JSON nor a ZIP";
    throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
        "the configuration export at " + url + " answered " + what + ", not ShareDo's JSON document or a ZIP"
            + " package; check that the base URL is the ShareDo server's and that no proxy is in between",
        Map.of("environment", params.environment(), "nonShareDoAnswer", "true"), null);
  }

  /** Copies the read answer into the caller's folder through a part file and an atomic move. */
  private static DownloadResult keep(DownloadResult fetched, Path target) {
    Path folder = Objects.requireNonNull(target.toAbsolutePath().getParent(), "a file's absolute path has a parent");
    Path part = folder.resolve(target.getFileName() + ".part-" + UUID.randomUUID().toString().substring(0, 8));
    try {
      Files.copy(fetched.path(), part);
      Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new DownloadResult(target, fetched.size(), fetched.sha256(), fetched.resumes());
    } catch (IOException e) {
      try {
        Files.deleteIfExists(part);
      } catch (IOException ignored) {
        // the copy failed already; the part file is reported below if it stays
      }
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED,
          "cannot write the configuration export to " + target + " (" + e.getMessage()
              + "); check the folder's space and permissions", Map.of(), e);
    }
  }
}
