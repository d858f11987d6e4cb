package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.util.Arrays;
import java.util.List;

/**
 * An option set (provider {@code sharedo-option-set}). Immutable and thread-safe.
 *
 * @param systemName the option set's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param options its options, in display order
 */
public record OptionSet(String systemName, String name, String description, List<Option> options) {
  /** Checks the arguments and copies the list. */
  public OptionSet {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    options = Args.copy(options, "options");
  }

  /**
   * An option set with an empty description.
   *
   * @param systemName the option set's system name
   * @param name its display name
   * @param options its options, in display order
   * @return the option set
   */
  public static OptionSet of(String systemName, String name, Option... options) {
    return new OptionSet(systemName, name, "", Arrays.asList(Args.notNull(options, "options")));
  }
}
