package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * One attribute of a {@link WorkType}: exported as {@code {"systemName","type","required"}}.
 * Immutable and thread-safe.
 *
 * @param systemName the attribute's system name
 * @param type its data type, e.g. {@code "string"}, {@code "decimal"}, {@code "date"}
 * @param required whether a value is required
 */
public record Attribute(String systemName, String type, boolean required) {
  /** Checks the arguments. */
  public Attribute {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(type, "type");
  }
}
