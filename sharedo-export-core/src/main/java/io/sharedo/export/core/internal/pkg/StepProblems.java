package io.sharedo.export.core.internal.pkg;

import org.jspecify.annotations.Nullable;

/**
 * Makes the exception for a problem found in one step file or document, so that the parsers can
 * say what is wrong while the caller says where (a package's step file, or a server's answer).
 */
@FunctionalInterface
public interface StepProblems {

  /**
   * The exception for a problem.
   *
   * @param problem what is wrong, as a fragment that follows the document's name ("is not valid JSON (..)")
   * @param cause the underlying cause, or null
   * @return the exception, to throw
   */
  RuntimeException invalid(String problem, @Nullable Throwable cause);
}
