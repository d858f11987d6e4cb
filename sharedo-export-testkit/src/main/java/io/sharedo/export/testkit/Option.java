package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;

/**
 * One option of an {@link OptionSet}: exported as {@code {"systemName","label","isActive"}}.
 * Immutable and thread-safe.
 *
 * @param systemName the option's system name
 * @param label the label shown to users
 * @param isActive whether the option can be chosen
 */
public record Option(String systemName, String label, boolean isActive) {
  /** Checks the arguments. */
  public Option {
    Args.notBlank(systemName, "systemName");
    Args.notNull(label, "label");
  }
}
