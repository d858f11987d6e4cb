package io.sharedo.export.core.internal.pkg;

import io.sharedo.export.component.Component;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.WorkType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the step files of an extracted package, as its manifest routes them, into an
 * {@link ExportPackage}: one component per step, in manifest order. Thread-safe: no state.
 */
public final class PackageParser {
  private PackageParser() {}

  /**
   * Parses an extracted package.
   *
   * @param zip the package file, for messages
   * @param layout its validated layout (manifest, and where each step file is)
   * @param directory the folder it was extracted into
   * @return the package content
   * @throws io.sharedo.export.ExportException EXPORT_006 naming the step file at fault, EXPORT_005
   *     when an extracted file cannot be read back
   */
  public static ExportPackage parse(Path zip, PackageLayout layout, Path directory) {
    List<WorkType> workTypes = new ArrayList<>();
    List<RawComponent> others = new ArrayList<>();
    for (ManifestStep step : layout.manifest().steps()) {
      // The layout maps every step of the manifest to its entry (PackageLayout checked them all).
      String entry = Objects.requireNonNull(layout.stepEntries().get(step.storageFilename()));
      Component component = StepFiles.parse(step, read(zip, directory, entry), (problem, cause) ->
          PackageErrors.invalid(zip, "has a step file " + entry + " that " + problem,
              "it was not made by a ShareDo export, or was damaged; " + PackageErrors.DOWNLOAD_AGAIN, cause,
              "entry", entry));
      if (component instanceof WorkType workType) {
        workTypes.add(workType);
      } else {
        others.add((RawComponent) component);
      }
    }
    return new ExportPackage(layout.manifest(), workTypes, others);
  }

  private static byte[] read(Path zip, Path directory, String entry) {
    Path path = EntryNames.resolveInside(directory, entry).orElseThrow(() -> PackageErrors.invalid(zip,
        "has a step file " + entry + " outside the package folder", "the package is unsafe; do not use it", null));
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw PackageErrors.writeFailed(zip, "cannot read back the extracted step file " + entry, e, "entry", entry);
    }
  }
}
