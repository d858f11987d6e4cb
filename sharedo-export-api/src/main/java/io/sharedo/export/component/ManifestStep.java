package io.sharedo.export.component;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One step of a package manifest ({@code ExportedSteps[i]}): which provider exported which item,
 * into which file of the package, and what that item depends on.
 *
 * @param id the step's {@code Id}, a GUID that is new on every export; null when the manifest gives none
 * @param description {@code Description}, for example {@code "The 'matter' work type"}, or null
 * @param provider {@code ExportProviderSystemName}, for example {@code "sharedo-type"}
 * @param selector {@code ExportProviderSelectorJson} parsed, for example {@code {"systemName": "matter"}};
 *     empty when the manifest gives none
 * @param storageFilename {@code StorageFilename}, the step file's name relative to {@code data/}
 * @param dependencies {@code Dependencies}: the mandatory ones, then the recommended ones, each in
 *     manifest order
 */
public record ManifestStep(
    @Nullable String id,
    @Nullable String description,
    String provider,
    Map<String, Object> selector,
    String storageFilename,
    List<StepDependency> dependencies) {

  /**
   * Creates the record, checking every argument.
   *
   * @param id the step's Id, or null
   * @param description the description, or null
   * @param provider the export provider
   * @param selector the parsed selector; empty when none
   * @param storageFilename the step file's name relative to {@code data/}
   * @param dependencies the dependencies
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ManifestStep {
    Values.notBlank(provider, "provider");
    selector = Values.json(selector, "selector");
    Values.notBlank(storageFilename, "storageFilename");
    dependencies = Values.list(dependencies, "dependencies");
  }

  /**
   * The selector's system name, under any key case.
   *
   * @return the system name, or null when the selector names the item another way
   */
  public @Nullable String selectorSystemName() {
    return Values.selectorSystemName(selector);
  }

  /**
   * What the selector identifies the item by: its system name, else the selector as canonical JSON.
   *
   * @return the identity, never blank
   */
  public String selectorIdentity() {
    String systemName = selectorSystemName();
    return systemName != null ? systemName : canonicalSelector();
  }

  /**
   * The selector as canonical JSON: keys sorted, no spaces, so that two selectors equal as JSON
   * give the same text.
   *
   * @return for example {@code {"PortalContextPath":null,"SharedoTypeSystemName":"matter","Title":"Matter"}}
   */
  public String canonicalSelector() {
    return Values.canonicalJson(selector);
  }

  /**
   * The dependencies of one kind.
   *
   * @param kind mandatory or recommended
   * @return those dependencies, in manifest order
   */
  public List<StepDependency> dependencies(DependencyKind kind) {
    Values.notNull(kind, "kind");
    return dependencies.stream().filter(d -> d.kind() == kind).toList();
  }

  /**
   * What this step depends on that the package does not include: what must exist on a server
   * before this step can be imported there (the mandatory ones) or should (the recommended ones).
   *
   * @return the dependencies not included, in manifest order
   */
  public List<StepDependency> missingDependencies() {
    return dependencies.stream().filter(d -> !d.included()).toList();
  }
}
