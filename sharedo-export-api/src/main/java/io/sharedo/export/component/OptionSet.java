package io.sharedo.export.component;

import java.util.List;
import java.util.Map;

/**
 * An option set ({@code sharedo-option-set}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param options the system names of its options, in order
 * @param properties the complete JSON object
 */
public record OptionSet(
    String systemName, String name, String description, List<String> options, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param options the system names of its options, in order
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public OptionSet {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    options = Values.list(options, "options");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.OPTION_SET;
  }
}
