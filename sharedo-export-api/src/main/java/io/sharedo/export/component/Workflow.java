package io.sharedo.export.component;

import java.util.List;
import java.util.Map;

/**
 * A workflow ({@code sharedo-workflow}).
 *
 * @param systemName the system name
 * @param name the display name
 * @param description the description, or null
 * @param steps the system names of its steps, in order
 * @param properties the complete JSON object
 */
public record Workflow(
    String systemName, String name, String description, List<String> steps, Map<String, Object> properties)
    implements Component {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the system name
   * @param name the display name
   * @param description the description, or null
   * @param steps the system names of its steps, in order
   * @param properties the complete JSON object
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Workflow {
    Values.notBlank(systemName, "systemName");
    Values.notNull(name, "name");
    steps = Values.list(steps, "steps");
    properties = Values.json(properties, "properties");
  }

  @Override
  public String provider() {
    return Providers.WORKFLOW;
  }
}
