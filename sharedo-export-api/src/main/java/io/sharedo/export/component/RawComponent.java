package io.sharedo.export.component;

import java.util.Map;

/**
 * A component from a provider this library does not route into a typed record, kept as its JSON.
 *
 * @param provider the export provider that produced it
 * @param systemName the system name
 * @param name the display name (empty when the JSON has none)
 * @param properties the complete JSON object
 */
public record RawComponent(String provider, String systemName, String name, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param provider the export provider that produced it
   * @param systemName the system name
   * @param name the display name (empty when the JSON has none)
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RawComponent {
    Values.notBlank(provider, "provider");
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    properties = Values.json(properties, "properties");
  }
}
