package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * A document template (provider {@code sharedo-template}). Immutable and thread-safe.
 *
 * @param systemName the template's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param outputs the output formats it produces, e.g. {@code "docx"}, {@code "pdf"}
 */
public record Template(String systemName, String name, String description, List<String> outputs) {
  /** Checks the arguments and copies the list. */
  public Template {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    outputs = Args.copy(outputs, "outputs");
  }

  /**
   * A template with an empty description.
   *
   * @param systemName the template's system name
   * @param name its display name
   * @param outputs the output formats it produces
   * @return the template
   */
  public static Template of(String systemName, String name, String... outputs) {
    return new Template(systemName, name, "", Arrays.asList(Args.notNull(outputs, "outputs")));
  }
}
