package io.sharedo.export.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The parsed content of an export package: its manifest, its work types, and the steps of every
 * other provider as raw components, grouped by provider. Immutable and safe to share between threads.
 *
 * @param manifest the manifest
 * @param workTypes the work types ({@code sharedo-type} steps), in manifest order
 * @param others the steps of every other provider, sorted by provider and in manifest order within
 *     one (the constructor sorts them)
 */
public record ExportPackage(PackageManifest manifest, List<WorkType> workTypes, List<RawComponent> others) {

  /**
   * Creates the record, checking every argument.
   *
   * @param manifest the manifest
   * @param workTypes the work types
   * @param others the steps of every other provider, in any order
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportPackage {
    Values.notNull(manifest, "manifest");
    workTypes = Values.list(workTypes, "workTypes");
    List<RawComponent> sorted = new ArrayList<>(Values.list(others, "others"));
    sorted.sort(Comparator.comparing(RawComponent::provider)); // stable: keeps manifest order within a provider
    others = List.copyOf(sorted);
  }

  /**
   * Every component: the work types, then the others grouped by provider.
   *
   * @return an unmodifiable list
   */
  public List<Component> allComponents() {
    List<Component> all = new ArrayList<>(workTypes.size() + others.size());
    all.addAll(workTypes);
    all.addAll(others);
    return Collections.unmodifiableList(all);
  }

  /**
   * The raw components of one provider.
   *
   * @param provider a provider name, for example {@code "global-feature"}
   * @return its components, in manifest order
   */
  public List<RawComponent> others(String provider) {
    Values.notNull(provider, "provider");
    return others.stream().filter(c -> c.provider().equals(provider)).toList();
  }

  /**
   * The work type with the given system name.
   *
   * @param systemName a work type's system name
   * @return the work type, or empty
   */
  public Optional<WorkType> workType(String systemName) {
    Values.notNull(systemName, "systemName");
    return workTypes.stream().filter(w -> w.systemName().equals(systemName)).findFirst();
  }

  /**
   * Finds a component by its key.
   *
   * @param key provider and identity
   * @return the component, or empty
   */
  public Optional<Component> find(ComponentKey key) {
    Values.notNull(key, "key");
    return allComponents().stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
