package io.sharedo.export.component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The parsed content of an export package: its manifest and its components, grouped by kind.
 * Immutable and safe to share between threads.
 *
 * @param manifest the manifest
 * @param workTypes work types
 * @param workflows workflows
 * @param forms forms
 * @param optionSets option sets
 * @param permissions permissions
 * @param templates document templates
 * @param others components from providers this library does not know
 */
public record ExportPackage(
    PackageManifest manifest,
    List<WorkType> workTypes,
    List<Workflow> workflows,
    List<Form> forms,
    List<OptionSet> optionSets,
    List<Permission> permissions,
    List<Template> templates,
    List<RawComponent> others) {

  /**
   * Creates the record, checking every argument.
   *
   * @param manifest the manifest
   * @param workTypes work types
   * @param workflows workflows
   * @param forms forms
   * @param optionSets option sets
   * @param permissions permissions
   * @param templates document templates
   * @param others components from providers this library does not know
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public ExportPackage {
    Values.notNull(manifest, "manifest");
    workTypes = Values.list(workTypes, "workTypes");
    workflows = Values.list(workflows, "workflows");
    forms = Values.list(forms, "forms");
    optionSets = Values.list(optionSets, "optionSets");
    permissions = Values.list(permissions, "permissions");
    templates = Values.list(templates, "templates");
    others = Values.list(others, "others");
  }

  /**
   * Every component, grouped in the order of this record's lists.
   *
   * @return an unmodifiable list
   */
  public List<Component> allComponents() {
    List<Component> all = new ArrayList<>();
    all.addAll(workTypes);
    all.addAll(workflows);
    all.addAll(forms);
    all.addAll(optionSets);
    all.addAll(permissions);
    all.addAll(templates);
    all.addAll(others);
    return Collections.unmodifiableList(all);
  }

  /**
   * Finds a component by its key.
   *
   * @param key provider and system name
   * @return the component, or empty
   */
  public Optional<Component> find(ComponentKey key) {
    Values.notNull(key, "key");
    return allComponents().stream().filter(c -> c.key().equals(key)).findFirst();
  }
}
