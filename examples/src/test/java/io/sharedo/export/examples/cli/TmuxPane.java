package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux pane on its own tmux server (a private socket), running one command in a real
 * pseudo-terminal: what the live-display tests read the screen of. Waits are bounded and poll the
 * screen; nothing is timed. {@link #close()} kills that tmux server.
 */
final class TmuxPane implements AutoCloseable {
  private static final Duration WAIT = Duration.ofSeconds(90);

  private final String socket;

  private TmuxPane(String socket) {
    this.socket = socket;
  }

  /**
   * Whether tmux can be run here.
   *
   * @return true when {@code tmux -V} works
   */
  static boolean available() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Starts a pane of the given size running a shell command.
   *
   * @param columns the width
   * @param rows the height
   * @param command a {@code sh -c} command line
   * @return the pane
   */
  static TmuxPane start(int columns, int rows, String command) {
    TmuxPane pane = new TmuxPane("sharedo-cli-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    pane.tmux("-f", "/dev/null", "new-session", "-d", "-s", "cli", "-x", String.valueOf(columns), "-y",
        String.valueOf(rows), "sh", "-c", command);
    return pane;
  }

  /**
   * The screen as it is now, one string per row, trailing blanks removed.
   *
   * @return the rows
   */
  List<String> screen() {
    List<String> rows = new ArrayList<>();
    for (String row : tmux("capture-pane", "-p", "-t", "cli").split("\n", -1)) {
      rows.add(row.stripTrailing());
    }
    return rows;
  }

  /**
   * Reads the screen until it shows what is wanted, for at most 90 seconds.
   *
   * @param what a description, for the failure message
   * @param wanted the condition
   * @return the screen that met it
   * @throws AssertionError with the last screen when it never did
   */
  List<String> await(String what, Predicate<List<String>> wanted) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<String> screen = screen();
    while (!wanted.test(screen)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the screen never showed " + what + ":\n" + String.join("\n", screen));
      }
      sleep();
      screen = screen();
    }
    return screen;
  }

  /**
   * Resizes the pane, as a user dragging the window would.
   *
   * @param columns the new width
   * @param rows the new height
   */
  void resize(int columns, int rows) {
    tmux("resize-window", "-t", "cli", "-x", String.valueOf(columns), "-y", String.valueOf(rows));
  }

  /**
   * Types keys into the pane (tmux key names, such as {@code C-c}).
   *
   * @param keys the keys
   */
  void sendKeys(String keys) {
    tmux("send-keys", "-t", "cli", keys);
  }

  @Override
  public void close() {
    try {
      tmux("kill-server");
    } catch (IllegalStateException e) {
      // Already gone: the command's shell ended and took the server with it.
    }
  }

  private String tmux(String... args) {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run tmux: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running tmux", e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the screen", e);
    }
  }
}
