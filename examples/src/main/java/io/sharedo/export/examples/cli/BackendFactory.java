package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportListener;
import java.nio.file.Path;
import java.util.Set;

/**
 * Opens a {@link Backend} for one command. Implementations are thread-safe.
 */
@FunctionalInterface
interface BackendFactory {

  /**
   * Opens the backend.
   *
   * @param context the run (for the one-line notice that the fake server is used)
   * @param servers which server each environment is on
   * @param environments the environment names the command uses; each is registered with its own server
   * @param listener receives the exports' events
   * @param journal the job journal folder, or null for no journal
   * @return an open backend; the caller closes it
   * @throws io.sharedo.export.ExportException when the client cannot be set up
   * @throws UsageException when an environment has no server of its own
   */
  Backend open(CliContext context, Servers servers, Set<String> environments, ExportListener listener,
      Path journal);
}
