package io.sharedo.export.component;

/** Whether a step needs a dependency ({@code Dependencies.Mandatory}) or merely suggests it ({@code Recommended}). */
public enum DependencyKind {
  /** The step cannot be imported without it. */
  MANDATORY,
  /** The step works better with it. */
  RECOMMENDED
}
