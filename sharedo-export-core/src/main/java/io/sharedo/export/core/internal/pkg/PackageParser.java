package io.sharedo.export.core.internal.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.Form;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.OptionSet;
import io.sharedo.export.component.PackageManifest;
import io.sharedo.export.component.Permission;
import io.sharedo.export.component.RawComponent;
import io.sharedo.export.component.Template;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.component.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the step files of an extracted package, as its manifest routes them, into an
 * {@link ExportPackage}. A step file holds one component object or an array of them. A file named by
 * several steps of one provider is read once. Thread-safe: no state.
 */
public final class PackageParser {
  private PackageParser() {}

  /**
   * Parses an extracted package.
   *
   * @param zip the package file, for messages
   * @param manifest its validated manifest
   * @param directory the folder it was extracted into
   * @return the package content
   * @throws io.sharedo.export.ExportException EXPORT_006 naming the step file at fault, EXPORT_005
   *     when an extracted file cannot be read back
   */
  public static ExportPackage parse(Path zip, PackageManifest manifest, Path directory) {
    List<WorkType> workTypes = new ArrayList<>();
    List<Workflow> workflows = new ArrayList<>();
    List<Form> forms = new ArrayList<>();
    List<OptionSet> optionSets = new ArrayList<>();
    List<Permission> permissions = new ArrayList<>();
    List<Template> templates = new ArrayList<>();
    List<RawComponent> others = new ArrayList<>();
    Set<String> parsed = new HashSet<>();
    for (ManifestStep step : manifest.steps()) {
      String file = step.storageFilename();
      if (!parsed.add(step.provider() + '\n' + file)) {
        continue;
      }
      ComponentParser parser = new ComponentParser(zip, file);
      JsonNode json = read(zip, directory, file);
      List<JsonNode> objects = new ArrayList<>();
      if (json.isArray()) {
        json.forEach(objects::add);
      } else {
        objects.add(json);
      }
      for (JsonNode object : objects) {
        Component component = parser.parse(step.provider(), object);
        if (component instanceof WorkType workType) {
          workTypes.add(workType);
        } else if (component instanceof Workflow workflow) {
          workflows.add(workflow);
        } else if (component instanceof Form form) {
          forms.add(form);
        } else if (component instanceof OptionSet optionSet) {
          optionSets.add(optionSet);
        } else if (component instanceof Permission permission) {
          permissions.add(permission);
        } else if (component instanceof Template template) {
          templates.add(template);
        } else {
          others.add((RawComponent) component);
        }
      }
    }
    return new ExportPackage(manifest, workTypes, workflows, forms, optionSets, permissions, templates, others);
  }

  private static JsonNode read(Path zip, Path directory, String file) {
    Path path = EntryNames.resolveInside(directory, file).orElseThrow(() -> PackageErrors.invalid(zip,
        "has a step file " + file + " outside the package folder", "the package is unsafe; do not use it", null));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw PackageErrors.writeFailed(zip, "cannot read back the extracted step file " + file, e, "entry", file);
    }
    JsonNode json;
    try {
      json = JsonTrees.parse(bytes);
    } catch (IOException e) {
      throw PackageErrors.invalid(zip, "has a step file " + file + " that is not valid JSON ("
          + JsonTrees.describe(e) + ")", PackageErrors.DOWNLOAD_AGAIN, e, "entry", file);
    }
    if (json.isMissingNode()) {
      throw PackageErrors.invalid(zip, "has a step file " + file + " that is empty", PackageErrors.DOWNLOAD_AGAIN,
          null, "entry", file);
    }
    return json;
  }
}
