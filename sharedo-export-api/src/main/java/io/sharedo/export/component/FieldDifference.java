package io.sharedo.export.component;

import org.jspecify.annotations.Nullable;

/**
 * One difference inside a changed component.
 *
 * @param pointer where it is, as a JSON Pointer (RFC 6901) into the component's JSON; list
 *     elements are addressed by their identity, not their position, for example
 *     {@code /SharedoTypeRoles/reviewer/IsMandatory} (see {@code docs/COMPARE.md})
 * @param kind ADDED (only right has it), REMOVED (only left has it) or CHANGED
 * @param left the left value (a JSON value: map, list, string, number, boolean), null when absent or JSON null
 * @param right the right value, null when absent or JSON null
 */
public record FieldDifference(String pointer, ChangeKind kind, @Nullable Object left, @Nullable Object right) {

  /**
   * Creates the record, checking every argument.
   *
   * @param pointer where it is, as a JSON Pointer (RFC 6901) into the component's JSON; list
   *     elements are addressed by their identity, not their position, for example
   *     {@code /SharedoTypeRoles/reviewer/IsMandatory} (see {@code docs/COMPARE.md})
   * @param kind ADDED (only right has it), REMOVED (only left has it) or CHANGED
   * @param left the left value (a JSON value: map, list, string, number, boolean), null when absent or JSON null
   * @param right the right value, null when absent or JSON null
   * @throws IllegalArgumentException naming the argument when one is invalid
   */
  public FieldDifference {
    Values.notNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer must be empty or start with '/', was " + pointer);
    }
    Values.notNull(kind, "kind");
    if (kind == ChangeKind.UNCHANGED) {
      throw new IllegalArgumentException("kind cannot be UNCHANGED for a difference");
    }
  }
}
