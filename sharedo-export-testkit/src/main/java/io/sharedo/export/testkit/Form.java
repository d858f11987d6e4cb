package io.sharedo.export.testkit;

import io.sharedo.export.testkit.internal.Args;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A form (provider {@code sharedo-form}). Immutable and thread-safe.
 *
 * @param systemName the form's system name
 * @param name its display name
 * @param description a description, may be empty
 * @param fields its fields, in order
 * @param lastModified when it was last changed
 */
public record Form(
    String systemName, String name, String description, List<FormField> fields, Instant lastModified) {
  /** Checks the arguments and copies the list. */
  public Form {
    Args.notBlank(systemName, "systemName");
    Args.notBlank(name, "name");
    Args.notNull(description, "description");
    fields = Args.copy(fields, "fields");
    Args.notNull(lastModified, "lastModified");
  }

  /**
   * A form with an empty description and a fixed modification time.
   *
   * @param systemName the form's system name
   * @param name its display name
   * @param fields its fields, in order
   * @return the form
   */
  public static Form of(String systemName, String name, FormField... fields) {
    return new Form(systemName, name, "", Arrays.asList(Args.notNull(fields, "fields")), WorkType.DEFAULT_MODIFIED);
  }
}
