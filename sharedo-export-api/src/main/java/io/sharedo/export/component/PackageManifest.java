package io.sharedo.export.component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A package's {@code manifest.json}, as real ShareDo servers write it. What a package lacks, and
 * so what a server needs before it can be imported there:
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/PackageSnippets.java#missing-dependencies -->
 * <pre>{@code
 * for (StepDependency missing : content.manifest().missingDependencies()) {
 *   System.out.println(missing.kind() + " " + missing.provider() + " " + missing.identity() + ": " + missing.reason());
 * }
 * }</pre>
 *
 * @param name {@code Name}: the export configuration the package was made with (the job's
 *     {@code exportConfigName}), or null when the manifest gives none
 * @param createdBy {@code CreatedBy}: the user or client that exported it, or null
 * @param exportedFrom {@code ExportedFrom}: the server's name, or null
 * @param createdOn {@code CreatedOn}: when it was made, or null
 * @param sharedoVersion {@code SharedoVersion} as text, for example {@code "7.9.0.0"}, or null
 * @param steps {@code ExportedSteps}, in manifest order
 * @param files {@code Files}: the attachments' names relative to {@code files/}, in manifest order
 */
public record PackageManifest(
    @Nullable String name,
    @Nullable String createdBy,
    @Nullable String exportedFrom,
    @Nullable Instant createdOn,
    @Nullable String sharedoVersion,
    List<ManifestStep> steps,
    List<String> files) {

  /**
   * Creates the record, checking every argument.
   *
   * @param name the export configuration's name, or null
   * @param createdBy who exported it, or null
   * @param exportedFrom the server's name, or null
   * @param createdOn when it was made, or null
   * @param sharedoVersion the ShareDo version, for example {@code "7.9.0.0"}, or null
   * @param steps the exported steps, in manifest order
   * @param files the attachments' names relative to {@code files/}
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public PackageManifest {
    steps = Values.list(steps, "steps");
    files = Values.list(files, "files");
  }

  /**
   * The step with the given {@code Id}.
   *
   * @param id a step Id
   * @return the step, or empty
   */
  public Optional<ManifestStep> step(String id) {
    Values.notNull(id, "id");
    return steps.stream().filter(s -> id.equals(s.id())).findFirst();
  }

  /**
   * Every dependency of every step that the package does not include, in manifest order: what a
   * server needs before this package can be imported there.
   *
   * @return the missing dependencies (a dependency shared by two steps appears twice)
   */
  public List<StepDependency> missingDependencies() {
    return steps.stream().flatMap(s -> s.missingDependencies().stream()).toList();
  }
}
