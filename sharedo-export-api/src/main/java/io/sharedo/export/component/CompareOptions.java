package io.sharedo.export.component;

import java.util.Set;

/**
 * How to compare two exports.
 *
 * @param ignoredFields field names ignored wherever they appear (at any depth), for volatile fields
 *     such as {@code lastModified}
 */
public record CompareOptions(Set<String> ignoredFields) {

  /** The fields ignored by default: volatile values that differ between every two exports. */
  public static final Set<String> DEFAULT_IGNORED_FIELDS =
      Set.of("lastModified", "id", "exportJobId", "exportedAt", "createdAt", "modifiedAt", "version");

  private static final CompareOptions DEFAULTS = new CompareOptions(DEFAULT_IGNORED_FIELDS);

  /**
   * Creates the record, checking every argument.
   *
   * @param ignoredFields field names ignored wherever they appear (at any depth), for volatile fields
   *     such as {@code lastModified}
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public CompareOptions {
    ignoredFields = Set.copyOf(Values.notNull(ignoredFields, "ignoredFields"));
  }

  /**
   * The defaults: {@link #DEFAULT_IGNORED_FIELDS} ignored.
   *
   * @return the default options
   */
  public static CompareOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options that ignore nothing: every field counts.
   *
   * @return options with an empty ignore list
   */
  public static CompareOptions ignoringNothing() {
    return new CompareOptions(Set.of());
  }
}
