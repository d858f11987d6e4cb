package io.sharedo.export.core.internal.job;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportParams;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.pkg.PackageLimits;
import io.sharedo.export.core.pkg.StepParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the configuration export's JSON answer: ONE document holding the work type's configuration,
 * the step file itself (reported), read like the step file of a package (PROTOCOL.md section 5). The
 * document is bounded by the package limits' {@code maxEntryBytes}, like any step file. Stateless.
 */
final class FallbackDocument {
  private FallbackDocument() {}

  /**
   * Reads the document into the content of a one-step package.
   *
   * @param file the answer
   * @param params what was exported (the document carries no manifest)
   * @param limits bounds the document's size
   * @return the content
   * @throws ExportException EXPORT_006 when the answer is too large or not a step document
   */
  static ExportPackage read(Path file, ExportParams params, PackageLimits limits) {
    byte[] json = bounded(file, params, limits);
    // The answer is read as the step file of a one-step package selecting the item asked for, so a
    // work type is typed exactly as one from a package (StepParser applies the same rules).
    ManifestStep manifestStep = new ManifestStep(null, "The configuration export of " + params.systemName(),
        params.provider(), Map.of("systemName", params.systemName()), "configuration-export.json", List.of());
    Component component = StepParser.parse(manifestStep, json,
        "the configuration export's answer from " + params.environment());
    PackageManifest manifest = new PackageManifest(null, null, null, null, null, List.of(manifestStep), List.of());
    return component instanceof WorkType workType
        ? new ExportPackage(manifest, List.of(workType), List.of())
        : new ExportPackage(manifest, List.of(), List.of((RawComponent) component));
  }

  private static byte[] bounded(Path file, ExportParams params, PackageLimits limits) {
    Map<String, String> details = Map.of("environment", params.environment());
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
      if (bytes.length > limits.maxEntryBytes()) {
        throw new ExportException(ExportErrorCode.VALIDATION_FAILED,
            "the configuration export's JSON document is larger than the limit of " + limits.maxEntryBytes()
                + " bytes (PackageLimits.maxEntryBytes)", details, null);
      }
      return bytes;
    } catch (IOException e) {
      throw new ExportException(ExportErrorCode.EXTRACTION_FAILED,
          "cannot read the configuration export's answer " + file + " (" + e.getClass().getSimpleName() + ")",
          details, e);
    }
  }
}
