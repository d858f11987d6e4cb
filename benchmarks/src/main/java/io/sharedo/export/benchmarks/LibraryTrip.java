package io.sharedo.export.benchmarks;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import java.net.URI;
import java.nio.file.Path;

/**
 * Figure 7's middle step: the CLI's export done from code, {@code ShareDoExportClient.export} with a
 * destination folder (token, create, the library's own polling, download, hash, validation, reading
 * the package), and no command line to parse. Run from a folder of its own next to the CLI's jar, so
 * it loads the same library classes the CLI does; between {@link MinimalJavaTrip} and the CLI, it says
 * how much of the CLI's time is the library's and how much the command line's.
 *
 * <pre>
 * java -cp DIR:sharedo-export.jar io.sharedo.export.benchmarks.LibraryTrip \
 *     IDENTITY_URL BASE_URL CLIENT_ID SECRET OUT_DIR
 * </pre>
 */
public final class LibraryTrip {
  private LibraryTrip() {}

  /**
   * Runs the export; a failure ends it with the library's exception.
   *
   * @param args identity URL, base URL, client id, client secret, an existing folder for the package
   */
  public static void main(String[] args) {
    try (ShareDoExportClient client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(URI.create(args[1]))
            .clientCredentials(URI.create(args[0]), args[2], args[3])
            .build())
        .build()) {
      ExportResult result = client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
          Path.of(args[4]));
      System.out.println(result.content().workTypes().size() + " work type in " + result.download().path());
    }
  }
}
