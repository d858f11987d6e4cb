package io.sharedo.export.component;

import java.util.HashSet;
import java.util.Set;

/**
 * Which values a comparison of two exports leaves out as volatile: they differ between any two
 * exports, or between any two environments, without saying anything about the configuration.
 *
 * @param ignoredFields field names skipped wherever they appear (in the manifest and at any depth
 *     of a step file), matched exactly
 * @param ignoreGuidIds whether a field named {@code Id}, {@code id} or ending in {@code Id} (such as
 *     {@code PackageStepId}) is skipped when it holds a GUID on both sides: such ids are assigned by
 *     the server that stored the record, so the same record carries different ones on two environments
 */
public record CompareOptions(Set<String> ignoredFields, boolean ignoreGuidIds) {

  /**
   * The fields ignored by default: the manifest's {@code CreatedOn}, {@code CreatedBy} and
   * {@code ExportedFrom} (which the comparison's labels already name), and the step's
   * {@code StorageFilename} and a dependency's {@code PackageStepId} (both embed step ids).
   */
  public static final Set<String> DEFAULT_IGNORED_FIELDS =
      Set.of("CreatedOn", "CreatedBy", "ExportedFrom", "StorageFilename", "PackageStepId");

  private static final CompareOptions DEFAULTS = new CompareOptions(DEFAULT_IGNORED_FIELDS, true);

  /**
   * Creates the record, checking every argument.
   *
   * @param ignoredFields field names skipped wherever they appear
   * @param ignoreGuidIds whether id fields holding GUIDs on both sides are skipped
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public CompareOptions {
    for (String field : Values.notNull(ignoredFields, "ignoredFields")) {
      Values.notBlank(field, "ignoredFields element");
    }
    ignoredFields = Set.copyOf(ignoredFields);
  }

  /**
   * The defaults: {@link #DEFAULT_IGNORED_FIELDS} ignored, and GUID ids too. Two exports of one
   * configuration taken hours apart compare as equal.
   *
   * @return the default options
   */
  public static CompareOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Options that ignore nothing: every field counts, GUID ids too.
   *
   * @return options with an empty ignore list
   */
  public static CompareOptions ignoringNothing() {
    return new CompareOptions(Set.of(), false);
  }

  /**
   * These options with more fields ignored.
   *
   * @param fields field names to ignore as well
   * @return new options
   * @throws IllegalArgumentException when a name is null or blank
   */
  public CompareOptions ignoring(Set<String> fields) {
    Set<String> all = new HashSet<>(ignoredFields);
    for (String field : Values.notNull(fields, "fields")) {
      all.add(Values.notBlank(field, "field"));
    }
    return new CompareOptions(all, ignoreGuidIds);
  }
}
