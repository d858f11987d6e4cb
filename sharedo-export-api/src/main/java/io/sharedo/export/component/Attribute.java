package io.sharedo.export.component;

/**
 * An attribute a work type declares.
 *
 * @param systemName the attribute's system name
 * @param type its data type, for example {@code "string"}, or null when not given
 * @param required whether a value is required
 */
public record Attribute(String systemName, String type, boolean required) {

  /**
   * Creates the record, checking every argument.
   *
   * @param systemName the attribute's system name
   * @param type its data type, for example {@code "string"}, or null when not given
   * @param required whether a value is required
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public Attribute {
    Values.notBlank(systemName, "systemName");
  }
}
