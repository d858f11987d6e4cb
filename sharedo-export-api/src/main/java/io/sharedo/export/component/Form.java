package io.sharedo.export.component;

import java.util.List;
import java.util.Map;

/**
 * A form ({@code sharedo-form}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param fields the system names of its fields, in order
 * @param properties the complete JSON object
 */
public record Form(
    String systemName, String name, String description, List<String> fields, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param fields the system names of its fields, in order
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Form {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    fields = Values.list(fields, "fields");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.FORM;
  }
}
