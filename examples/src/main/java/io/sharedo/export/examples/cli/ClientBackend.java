package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportListener;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens the real client (and the fake server when no --server is given).
 */
final class ClientBackend {

  private ClientBackend() {}

  static Backend open(CliContext context, Connection connection, Set<String> environments,
      ExportListener listener, Path journal) {
    throw new IllegalStateException("the ShareDo client is not available yet");
  }
}
