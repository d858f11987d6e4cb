package io.sharedo.export.component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A work type ({@code sharedo-type}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param active whether the work type is active
 * @param parentSystemName the parent work type, or null
 * @param attributes the declared attributes
 * @param roles the participant roles
 * @param workflows the system names of its workflows
 * @param lastModified when it was last changed, or null when not given
 * @param properties the complete JSON object
 */
public record WorkType(
    String systemName,
    String name,
    String description,
    boolean active,
    String parentSystemName,
    List<Attribute> attributes,
    List<String> roles,
    List<String> workflows,
    Instant lastModified,
    Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param active whether the work type is active
   * @param parentSystemName the parent work type, or null
   * @param attributes the declared attributes
   * @param roles the participant roles
   * @param workflows the system names of its workflows
   * @param lastModified when it was last changed, or null when not given
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public WorkType {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    attributes = Values.list(attributes, "attributes");
    roles = Values.list(roles, "roles");
    workflows = Values.list(workflows, "workflows");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.WORK_TYPE;
  }
}
