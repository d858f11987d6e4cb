package io.sharedo.export.component;

/** How a component or a value differs between the left and the right side of a comparison. */
public enum ChangeKind {
  /** Only on the right. */
  ADDED,
  /** Only on the left. */
  REMOVED,
  /** On both sides, different. */
  CHANGED,
  /** On both sides, equal (ignoring the ignored fields). */
  UNCHANGED
}
