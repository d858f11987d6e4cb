package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A work type (provider {@code sharedo-type}), with the components it links to. Exported exactly in
 * PROTOCOL.md's shape plus {@code forms}; the option sets, permissions and templates it links to are
 * not part of its JSON but are pulled into a package when dependencies are included. Immutable and
 * thread-safe; build one with {@link #builder(String)}.
 *
 * @param systemName the work type's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param isActive whether it is active
 * @param parentSystemName the parent work type's system name, or null for a root type
 * @param attributes its attributes
 * @param roles the roles it defines
 * @param workflows the system names of its workflows
 * @param forms the system names of its forms
 * @param optionSets the system names of the option sets it uses
 * @param permissions the system names of the permissions that guard it
 * @param templates the system names of its document templates
 * @param lastModified when it was last changed
 */
public record WorkType(
    String systemName,
    String name,
    String description,
    boolean isActive,
    String parentSystemName,
    List<Attribute> attributes,
    List<String> roles,
    List<String> workflows,
    List<String> forms,
    List<String> optionSets,
    List<String> permissions,
    List<String> templates,
    Instant lastModified) {

  /** The modification time used when none is given: a fixed instant, so packages are reproducible. */
  public static final Instant DEFAULT_MODIFIED = Instant.parse("2026-11-20T09:00:00Z");

  /** Checks the arguments and copies the lists. */
  public WorkType {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    attributes = Args.copy(attributes, "attributes");
    roles = Args.copy(roles, "roles");
    workflows = Args.copy(workflows, "workflows");
    forms = Args.copy(forms, "forms");
    optionSets = Args.copy(optionSets, "optionSets");
    permissions = Args.copy(permissions, "permissions");
    templates = Args.copy(templates, "templates");
    Args.notNull(lastModified, "lastModified");
  }

  /**
   * A builder for a work type with this system name; its name defaults to the system name.
   *
   * @param systemName the work type's system name
   * @return a new builder
   */
  public static Builder builder(String systemName) {
    return new Builder(systemName);
  }

  /**
   * A builder initialised from this work type, for deriving a changed copy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(systemName).name(name).description(description).active(isActive)
        .parent(parentSystemName).lastModified(lastModified);
    b.attributes.addAll(attributes);
    b.roles.addAll(roles);
    b.workflows.addAll(workflows);
    b.forms.addAll(forms);
    b.optionSets.addAll(optionSets);
    b.permissions.addAll(permissions);
    b.templates.addAll(templates);
    return b;
  }

  /** Builds a {@link WorkType}. Not thread-safe; {@link #build()} copies, so a builder can be reused. */
  public static final class Builder {
    private final String systemName;
    private String name;
    private String description = "";
    private boolean active = true;
    private String parent;
    private Instant lastModified = DEFAULT_MODIFIED;
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final List<String> workflows = new ArrayList<>();
    private final List<String> forms = new ArrayList<>();
    private final List<String> optionSets = new ArrayList<>();
    private final List<String> permissions = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();

    private Builder(String systemName) {
      this.systemName = Args.notBlank(systemName, "systemName");
      this.name = systemName;
    }

    /**
     * Sets the display name.
     *
     * @param name the display name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Args.notBlank(name, "name");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Args.notNull(description, "description");
      return this;
    }

    /**
     * Sets whether the work type is active (default true).
     *
     * @param active whether it is active
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sets the parent work type.
     *
     * @param parentSystemName the parent's system name, or null for none
     * @return this builder
     */
    public Builder parent(String parentSystemName) {
      this.parent = parentSystemName;
      return this;
    }

    /**
     * Sets the modification time.
     *
     * @param lastModified when it was last changed
     * @return this builder
     */
    public Builder lastModified(Instant lastModified) {
      this.lastModified = Args.notNull(lastModified, "lastModified");
      return this;
    }

    /**
     * Adds an attribute.
     *
     * @param systemName the attribute's system name
     * @param type its data type
     * @param required whether it is required
     * @return this builder
     */
    public Builder attribute(String systemName, String type, boolean required) {
      attributes.add(new Attribute(systemName, type, required));
      return this;
    }

    /**
     * Adds roles.
     *
     * @param roles role names
     * @return this builder
     */
    public Builder roles(String... roles) {
      return addAll(this.roles, roles, "roles");
    }

    /**
     * Links workflows by system name.
     *
     * @param workflows workflow system names
     * @return this builder
     */
    public Builder workflows(String... workflows) {
      return addAll(this.workflows, workflows, "workflows");
    }

    /**
     * Links forms by system name.
     *
     * @param forms form system names
     * @return this builder
     */
    public Builder forms(String... forms) {
      return addAll(this.forms, forms, "forms");
    }

    /**
     * Links option sets by system name.
     *
     * @param optionSets option set system names
     * @return this builder
     */
    public Builder optionSets(String... optionSets) {
      return addAll(this.optionSets, optionSets, "optionSets");
    }

    /**
     * Links permissions by system name.
     *
     * @param permissions permission system names
     * @return this builder
     */
    public Builder permissions(String... permissions) {
      return addAll(this.permissions, permissions, "permissions");
    }

    /**
     * Links templates by system name.
     *
     * @param templates template system names
     * @return this builder
     */
    public Builder templates(String... templates) {
      return addAll(this.templates, templates, "templates");
    }

    /**
     * Removes every link to this system name (workflow, form, option set, permission, template).
     *
     * @param systemName the linked component's system name
     * @return this builder
     */
    public Builder unlink(String systemName) {
      workflows.remove(systemName);
      forms.remove(systemName);
      optionSets.remove(systemName);
      permissions.remove(systemName);
      templates.remove(systemName);
      return this;
    }

    /**
     * Replaces the attribute with the same system name, keeping its position.
     *
     * @param attribute the new attribute
     * @return this builder
     */
    public Builder replaceAttribute(Attribute attribute) {
      Args.notNull(attribute, "attribute");
      attributes.replaceAll(a -> a.systemName().equals(attribute.systemName()) ? attribute : a);
      return this;
    }

    private Builder addAll(List<String> target, String[] values, String name) {
      target.addAll(Args.copy(Arrays.asList(Args.notNull(values, name)), name));
      return this;
    }

    /**
     * Builds the work type.
     *
     * @return an immutable work type
     */
    public WorkType build() {
      return new WorkType(systemName, name, description, active, parent, attributes, roles, workflows,
          forms, optionSets, permissions, templates, lastModified);
    }
  }
}
