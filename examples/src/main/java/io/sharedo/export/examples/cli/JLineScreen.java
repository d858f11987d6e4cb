package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.Display;
import org.jline.utils.InfoCmp.Capability;

/**
 * A {@link LiveScreen} on a JLine {@link Terminal}: JLine's {@link Display} redraws the lines in
 * place (only what changed), and the size is read from the terminal before every frame, so a
 * resize is followed at the next redraw. The cursor is kept at the start of the first live line:
 * when a terminal re-wraps its lines on a resize, everything from there down is cleared and drawn
 * afresh, so no stale line is left behind. Not thread-safe (see {@link LiveScreen}).
 */
final class JLineScreen implements LiveScreen {
  private static final int FALLBACK_COLUMNS = 80;
  private static final int FALLBACK_ROWS = 24;

  private final Terminal terminal;
  private final Display display;
  private final boolean muteEcho;
  private Size size;
  private List<String> lines = List.of();
  private boolean ended;
  private boolean resized;
  private boolean drawing;

  private JLineScreen(Terminal terminal, boolean muteEcho) {
    this.terminal = terminal;
    this.muteEcho = muteEcho;
    this.display = new Display(terminal, false);
    this.size = currentSize();
    display.resize(size.getRows(), size.getColumns());
  }

  /**
   * The process's standard error as a live screen, when it is an interactive terminal.
   *
   * @return the screen, or null when standard error is not a terminal (or JLine cannot tell)
   */
  static JLineScreen onStandardError() {
    Terminal terminal;
    try {
      // nativeSignals(false): JLine must not take over SIGINT, whose JVM handler runs the shutdown
      // hook that cancels the jobs on the server. Resizes are followed by reading the size per frame.
      terminal = TerminalBuilder.builder()
          .system(true)
          .systemOutput(TerminalBuilder.SystemOutput.SysErr)
          .nativeSignals(false)
          .dumb(true)
          .build();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
      closeQuietly(terminal);
      return null;
    }
    return new JLineScreen(terminal, true);
  }

  /**
   * A live screen that writes an xterm's control sequences to a stream that is not a terminal
   * ({@code --progress bar} into a pipe or a file), assuming 80 columns.
   *
   * @param out where to write
   * @return the screen
   */
  static JLineScreen onStream(OutputStream out) {
    try {
      // An external terminal writes straight to the stream (no pseudo-terminal in between).
      Terminal terminal = new ExternalTerminal("progress", "xterm", InputStream.nullInputStream(), out,
          StandardCharsets.UTF_8);
      terminal.setSize(new Size(FALLBACK_COLUMNS, FALLBACK_ROWS));
      return new JLineScreen(terminal, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the progress bar: " + e.getMessage(), e);
    }
  }

  @Override
  public int width() {
    followResize();
    return size.getColumns();
  }

  @Override
  public int height() {
    followResize();
    return size.getRows();
  }

  @Override
  public void draw(List<String> frame) {
    if (ended) {
      return;
    }
    lines = List.copyOf(frame);
    followResize();
    if (resized) {
      // The terminal may have re-wrapped what was drawn at the old width: start afresh.
      resized = false;
      wipe();
    }
    update();
  }

  /** Reads the terminal's size; when it changed, the next frame is drawn from a clean slate. */
  private void followResize() {
    Size now = currentSize();
    if (!now.equals(size)) {
      size = now;
      display.resize(size.getRows(), size.getColumns());
      resized = true;
    }
  }

  @Override
  public void printAbove(String line) {
    if (ended) {
      return;
    }
    followResize();
    resized = false;
    wipe();
    terminal.writer().println(line);
    terminal.writer().flush();
    update();
  }

  @Override
  public void end() {
    if (ended) {
      return;
    }
    ended = true;
    try {
      wipe();
      if (!lines.isEmpty()) {
        String last = lines.get(lines.size() - 1);
        display.update(attributed(), size.cursorPos(lines.size() - 1, Math.min(last.length(), width() - 1)));
        terminal.writer().println();
      }
      terminal.flush();
    } finally {
      closeQuietly(terminal);
    }
  }

  /** Clears everything from the first live line down and forgets what was drawn. */
  private void wipe() {
    terminal.writer().write('\r');
    terminal.puts(Capability.clr_eos);
    terminal.flush();
    display.reset();
  }

  private void update() {
    if (muteEcho && !drawing) {
      // Keys typed meanwhile (^C, Enter) would be echoed where the cursor is, inside the live lines
      // and shifting them; end() closes the terminal, which gives the user's settings back (and
      // JLine's own shutdown hook does, should the JVM stop first).
      terminal.echo(false);
    }
    drawing = true;
    // Back to the first column, wherever something else left the cursor on the first live line.
    terminal.writer().write('\r');
    display.update(attributed(), 0);
    terminal.flush();
  }

  private List<AttributedString> attributed() {
    return lines.stream().map(AttributedString::new).toList();
  }

  private Size currentSize() {
    Size reported = terminal.getSize();
    int columns = reported.getColumns() > 0 ? reported.getColumns() : FALLBACK_COLUMNS;
    int rows = reported.getRows() > 0 ? reported.getRows() : FALLBACK_ROWS;
    return new Size(columns, rows);
  }

  private static void closeQuietly(Terminal terminal) {
    try {
      terminal.close();
    } catch (IOException e) {
      // The display is over either way; a terminal that cannot restore its settings has none to restore.
    }
  }
}
