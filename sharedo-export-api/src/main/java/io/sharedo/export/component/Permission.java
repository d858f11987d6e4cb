package io.sharedo.export.component;

import java.util.List;
import java.util.Map;

/**
 * A permission ({@code sharedo-permission}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param roles the roles granted it
 * @param properties the complete JSON object
 */
public record Permission(
    String systemName, String name, String description, List<String> roles, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param roles the roles granted it
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Permission {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    roles = Values.list(roles, "roles");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.PERMISSION;
  }
}
