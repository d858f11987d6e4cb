package io.sharedo.export.testkit.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sharedo.export.testkit.DependencyModel;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds a package's {@code manifest.json} in the shape real ShareDo 7.9 servers write. Stateless. */
final class ManifestJson {
  /** {@code CreatedOn}: .NET's round-trip format, seven fractional digits, UTC. */
  static final DateTimeFormatter CREATED_ON =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  /**
   * Who and what made a package.
   *
   * @param name the export configuration name ({@code exportConfigName})
   * @param createdBy the user (or client) the token stood for
   * @param exportedFrom the environment's display name
   * @param sharedoVersion e.g. {@code 7.9.0.0}
   * @param createdOn when the package was made
   */
  record Header(String name, String createdBy, String exportedFrom, String sharedoVersion, Instant createdOn) {}

  private ManifestJson() {}

  static ObjectNode of(Header header, List<ExportSelection.Step> steps) {
    ObjectNode m = Responses.JSON.createObjectNode();
    m.put("Name", header.name());
    m.put("CreatedBy", header.createdBy());
    m.put("ExportedFrom", header.exportedFrom());
    m.put("CreatedOn", CREATED_ON.format(header.createdOn()));
    version(m.putObject("SharedoVersion"), header.sharedoVersion());
    m.putArray("Files");
    ArrayNode exported = m.putArray("ExportedSteps");
    for (ExportSelection.Step s : steps) {
      ObjectNode n = exported.addObject();
      n.put("Id", s.id());
      n.put("Description", s.description());
      n.put("ExportProviderSystemName", s.provider());
      n.put("ExportProviderSelectorJson", PackageJson.text(s.selector()));
      n.put("StorageFilename", s.storageFilename());
      ObjectNode deps = n.putObject("Dependencies");
      ArrayNode recommended = deps.putArray("Recommended");
      ArrayNode mandatory = deps.putArray("Mandatory");
      for (DependencyModel d : s.dependencies()) {
        ObjectNode entry = (d.mandatory() ? mandatory : recommended).addObject();
        entry.put("PackageStepId", ExportSelection.satisfying(steps, d));
        ObjectNode dependency = entry.putObject("Dependency");
        dependency.put("SystemName", d.provider());
        dependency.put("Reason", d.reason());
        dependency.put("Description", d.description());
        dependency.set("Selector", JsonText.parse(d.selectorJson(), "selector"));
        dependency.putNull("AdditionalData");
      }
    }
    return m;
  }

  /** .NET's {@code System.Version}: MajorRevision and MinorRevision are the halves of Revision. */
  private static void version(ObjectNode v, String version) {
    String[] parts = version.split("\\.");
    int[] n = new int[4];
    for (int i = 0; i < parts.length && i < 4; i++) {
      n[i] = Integer.parseInt(parts[i]);
    }
    v.put("Major", n[0]).put("Minor", n[1]).put("Build", n[2]).put("Revision", n[3])
        .put("MajorRevision", n[3] >>> 16).put("MinorRevision", n[3] & 0xFFFF);
  }
}
