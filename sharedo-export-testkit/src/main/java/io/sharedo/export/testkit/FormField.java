package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * One field of a {@link Form}: exported as {@code {"systemName","type","label","required"}}.
 * Immutable and thread-safe.
 *
 * @param systemName the field's system name
 * @param type its data type
 * @param label the label shown to users
 * @param required whether a value is required
 */
public record FormField(String systemName, String type, String label, boolean required) {
  /** Checks the arguments. */
  public FormField {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(type, "type");
    Args.notNull(label, "label");
  }
}
