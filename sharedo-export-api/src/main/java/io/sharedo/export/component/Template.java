package io.sharedo.export.component;

import java.util.List;
import java.util.Map;

/**
 * A document template ({@code sharedo-template}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param outputs the output formats it renders, for example {@code docx}
 * @param properties the complete JSON object
 */
public record Template(
    String systemName, String name, String description, List<String> outputs, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param outputs the output formats it renders, for example {@code docx}
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Template {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    outputs = Values.list(outputs, "outputs");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.TEMPLATE;
  }
}
