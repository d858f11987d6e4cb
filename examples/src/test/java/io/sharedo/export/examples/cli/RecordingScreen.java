package io.sharedo.export.examples.cli;

import java.util.ArrayList;
import java.util.List;

/** A {@link LiveScreen} of a fixed size that records what was drawn, for the renderer's tests. */
final class RecordingScreen implements LiveScreen {
  final List<List<String>> frames = new ArrayList<>();
  final List<String> above = new ArrayList<>();
  int width;
  int height = 24;
  boolean ended;

  RecordingScreen(int width) {
    this.width = width;
  }

  @Override
  public synchronized int width() {
    return width;
  }

  @Override
  public synchronized int height() {
    return height;
  }

  @Override
  public synchronized void draw(List<String> lines) {
    if (ended) {
      throw new IllegalStateException("drawn after end()");
    }
    frames.add(List.copyOf(lines));
  }

  @Override
  public synchronized void printAbove(String line) {
    above.add(line);
  }

  @Override
  public synchronized void end() {
    ended = true;
  }

  synchronized List<String> last() {
    return frames.get(frames.size() - 1);
  }

  synchronized String lastLine() {
    return String.join("\n", last());
  }
}
