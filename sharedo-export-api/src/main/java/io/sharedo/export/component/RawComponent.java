package io.sharedo.export.component;

import java.util.Map;

/**
 * The step file of a provider this library does not model, kept whole: never dropped, never an
 * error. Steps of {@code sharedo-workflow}, {@code sharedo-form} or {@code sharedo-template}, should
 * a server export them, are raw components too: no real package has shown their shape yet.
 *
 * @param provider the export provider that produced it, for example {@code "global-feature"}
 * @param identity what identifies it within its provider (see {@link Component#identity()})
 * @param name its display name: the file's {@code Name} field, else the step's description; empty
 *     when neither is given
 * @param properties the whole step object
 */
public record RawComponent(String provider, String identity, String name, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param provider the export provider that produced it
   * @param identity what identifies it within its provider
   * @param name the display name; empty when none
   * @param properties the whole step object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public RawComponent {
    Values.notBlank(provider, "provider");
    Values.notBlank(identity, "identity");
    Values.notNull(name, "name");
    properties = Values.json(properties, "properties");
  }
}
