package io.sharedo.export.examples.cli;

import java.util.List;

/**
 * The few lines of a terminal that a live progress display redraws in place, below everything
 * printed before them. Implementations are not thread-safe: the progress renderer calls them under
 * its lock.
 */
interface LiveScreen {

  /**
   * The terminal's width now (it follows resizes).
   *
   * @return the number of columns, at least 1
   */
  int width();

  /**
   * The terminal's height now, so that a display can keep to a part of it.
   *
   * @return the number of rows, at least 1
   */
  int height();

  /**
   * Replaces the live lines with these (each already fitted to {@link #width()}).
   *
   * @param lines the new frame
   */
  void draw(List<String> lines);

  /**
   * Prints a line that stays, above the live lines, which are drawn again beneath it.
   *
   * @param line the line
   */
  void printAbove(String line);

  /**
   * Leaves the last frame on the screen, drawn afresh (so that an echoed {@code ^C} is gone), with
   * the cursor on a new line below it, and lets go of the terminal. Nothing is drawn after this.
   */
  void end();
}
