package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The ShareDo configuration one environment of the fake server holds: work types, workflows, forms,
 * option sets, permissions and templates. Packages are built from it when a job completes. Immutable
 * and thread-safe; build one with {@link #builder(String)} or inside
 * {@link FakeShareDoServer.Builder#environment(String, Consumer)}.
 *
 * @param name the environment's name, also its URL path segment ({@code /env/{name}})
 * @param workTypes work types, in export order
 * @param workflows workflows
 * @param forms forms
 * @param optionSets option sets
 * @param permissions permissions
 * @param templates templates
 */
public record EnvironmentModel(
    String name,
    List<WorkType> workTypes,
    List<Workflow> workflows,
    List<Form> forms,
    List<OptionSet> optionSets,
    List<Permission> permissions,
    List<Template> templates) {

  /** Checks the arguments and copies the lists. */
  public EnvironmentModel {
    Args.notBlank(name, "name");
    if (!name.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("name must be a URL path segment of letters, digits, '.', '_' or '-': " + name);
    }
    workTypes = Args.copy(workTypes, "workTypes");
    workflows = Args.copy(workflows, "workflows");
    forms = Args.copy(forms, "forms");
    optionSets = Args.copy(optionSets, "optionSets");
    permissions = Args.copy(permissions, "permissions");
    templates = Args.copy(templates, "templates");
  }

  /**
   * A builder for an empty environment.
   *
   * @param name the environment's name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * A builder holding a copy of this environment under another name, for deriving a changed one.
   *
   * @param name the new environment's name
   * @return a new builder
   */
  public Builder toBuilder(String name) {
    Builder b = new Builder(name);
    b.workTypes.addAll(workTypes);
    b.workflows.addAll(workflows);
    b.forms.addAll(forms);
    b.optionSets.addAll(optionSets);
    b.permissions.addAll(permissions);
    b.templates.addAll(templates);
    return b;
  }

  /**
   * Finds a work type.
   *
   * @param systemName its system name
   * @return the work type, or empty
   */
  public Optional<WorkType> workType(String systemName) {
    return find(workTypes, WorkType::systemName, systemName);
  }

  /**
   * Finds a workflow.
   *
   * @param systemName its system name
   * @return the workflow, or empty
   */
  public Optional<Workflow> workflow(String systemName) {
    return find(workflows, Workflow::systemName, systemName);
  }

  /**
   * Finds a form.
   *
   * @param systemName its system name
   * @return the form, or empty
   */
  public Optional<Form> form(String systemName) {
    return find(forms, Form::systemName, systemName);
  }

  /**
   * Finds an option set.
   *
   * @param systemName its system name
   * @return the option set, or empty
   */
  public Optional<OptionSet> optionSet(String systemName) {
    return find(optionSets, OptionSet::systemName, systemName);
  }

  /**
   * Finds a permission.
   *
   * @param systemName its system name
   * @return the permission, or empty
   */
  public Optional<Permission> permission(String systemName) {
    return find(permissions, Permission::systemName, systemName);
  }

  /**
   * Finds a template.
   *
   * @param systemName its system name
   * @return the template, or empty
   */
  public Optional<Template> template(String systemName) {
    return find(templates, Template::systemName, systemName);
  }

  private static <T> Optional<T> find(List<T> list, Function<T, String> key, String systemName) {
    return list.stream().filter(c -> key.apply(c).equals(systemName)).findFirst();
  }

  /**
   * Builds an {@link EnvironmentModel}. Adding a component whose system name is already present
   * replaces it in place. Not thread-safe; {@link #build()} copies.
   */
  public static final class Builder {
    private final String name;
    private final List<WorkType> workTypes = new ArrayList<>();
    private final List<Workflow> workflows = new ArrayList<>();
    private final List<Form> forms = new ArrayList<>();
    private final List<OptionSet> optionSets = new ArrayList<>();
    private final List<Permission> permissions = new ArrayList<>();
    private final List<Template> templates = new ArrayList<>();

    private Builder(String name) {
      this.name = Args.notBlank(name, "name");
    }

    /**
     * Adds or replaces a work type.
     *
     * @param workType the work type
     * @return this builder
     */
    public Builder workType(WorkType workType) {
      return put(workTypes, Args.notNull(workType, "workType"), WorkType::systemName);
    }

    /**
     * Adds or replaces a work type configured by {@code spec}.
     *
     * @param systemName the work type's system name
     * @param spec sets its name, attributes, roles and links
     * @return this builder
     */
    public Builder workType(String systemName, Consumer<WorkType.Builder> spec) {
      WorkType.Builder b = WorkType.builder(systemName);
      Args.notNull(spec, "spec").accept(b);
      return workType(b.build());
    }

    /**
     * Adds or replaces a workflow.
     *
     * @param workflow the workflow
     * @return this builder
     */
    public Builder workflow(Workflow workflow) {
      return put(workflows, Args.notNull(workflow, "workflow"), Workflow::systemName);
    }

    /**
     * Adds or replaces a form.
     *
     * @param form the form
     * @return this builder
     */
    public Builder form(Form form) {
      return put(forms, Args.notNull(form, "form"), Form::systemName);
    }

    /**
     * Adds or replaces an option set.
     *
     * @param optionSet the option set
     * @return this builder
     */
    public Builder optionSet(OptionSet optionSet) {
      return put(optionSets, Args.notNull(optionSet, "optionSet"), OptionSet::systemName);
    }

    /**
     * Adds or replaces a permission.
     *
     * @param permission the permission
     * @return this builder
     */
    public Builder permission(Permission permission) {
      return put(permissions, Args.notNull(permission, "permission"), Permission::systemName);
    }

    /**
     * Adds or replaces a template.
     *
     * @param template the template
     * @return this builder
     */
    public Builder template(Template template) {
      return put(templates, Args.notNull(template, "template"), Template::systemName);
    }

    /**
     * Removes every component with this system name, of any kind. Links to it from work types stay:
     * call {@link WorkType.Builder#unlink(String)} for those.
     *
     * @param systemName the component's system name
     * @return this builder
     */
    public Builder remove(String systemName) {
      Args.notNull(systemName, "systemName");
      workTypes.removeIf(c -> c.systemName().equals(systemName));
      workflows.removeIf(c -> c.systemName().equals(systemName));
      forms.removeIf(c -> c.systemName().equals(systemName));
      optionSets.removeIf(c -> c.systemName().equals(systemName));
      permissions.removeIf(c -> c.systemName().equals(systemName));
      templates.removeIf(c -> c.systemName().equals(systemName));
      return this;
    }

    private <T> Builder put(List<T> list, T component, Function<T, String> key) {
      String systemName = key.apply(component);
      for (int i = 0; i < list.size(); i++) {
        if (key.apply(list.get(i)).equals(systemName)) {
          list.set(i, component);
          return this;
        }
      }
      list.add(component);
      return this;
    }

    /**
     * Builds the environment.
     *
     * @return an immutable model
     */
    public EnvironmentModel build() {
      return new EnvironmentModel(name, workTypes, workflows, forms, optionSets, permissions, templates);
    }
  }
}
