package io.sharedo.export.examples.cli;

import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.Option;

/**
 * {@code --journal DIR}: where the client records the jobs it is waiting for or downloading, so that
 * {@code recover} can finish them after the tool was killed. Used only with {@code --server}: the
 * built-in fake server's jobs end with the process, so journalling them would leave entries nothing
 * can ever finish. Filled in by picocli; not thread-safe, used on the command's thread only.
 */
final class JournalOptions {

  @Option(names = "--journal", paramLabel = "DIR",
      // Short enough that the default path ends the help's first line: picocli wraps after "~/.".
      description = {"Job journal, default ~/.sharedo-export/journal: export, compare and batch record the jobs"
          + " they wait for there (with --server only); recover reads them from there and finishes them."})
  private Path journal;

  /**
   * The default journal folder, under the user's home.
   *
   * @return {@code ~/.sharedo-export/journal}
   */
  static Path defaultJournal() {
    return Paths.get(System.getProperty("user.home"), ".sharedo-export", "journal");
  }

  /**
   * The folder given, or the default.
   *
   * @return the journal folder
   */
  Path folder() {
    return journal != null ? journal : defaultJournal();
  }

  /**
   * The journal an export should keep with these servers.
   *
   * @param servers where the environments are
   * @return the folder, or null for no journal (the built-in fake server)
   */
  Path forExports(Servers servers) {
    return servers.usesFakeServer() ? null : folder();
  }
}
