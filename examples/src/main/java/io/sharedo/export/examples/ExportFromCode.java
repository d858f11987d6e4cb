package io.sharedo.export.examples;

import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportResult;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import java.net.URI;

/**
 * Exports one work type from a ShareDo server, showing its progress. Exits 1 when the export fails, 2
 * without {@code SHAREDO_CLIENT_SECRET}.
 */
public final class ExportFromCode {

  /**
   * Runs the export.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    // The client secret comes from outside the program, never from its source.
    String secret = System.getenv("SHAREDO_CLIENT_SECRET");
    if (secret == null) {
      System.err.println("Set SHAREDO_CLIENT_SECRET to the client secret of my-client first.");
      System.exit(2);
    }
    ExportListener progress = new ExportListener() {
      @Override
      public void progress(ExportJob job, int percentage, String step) {
        System.out.println(percentage + "% " + step);
      }
    };
    if (!printWorkTypes(secret, progress)) {
      System.exit(1);
    }
  }

  private static boolean printWorkTypes(String secret, ExportListener progress) {
    // [START client]
    try (ShareDoExportClient client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(URI.create("https://uat.example.com"))
            .clientCredentials(URI.create("https://identity.example.com"), "my-client", secret)
            .build())
        .listener(progress)
        .build()) {
      ExportResult result = client.exportWorkType("matter", "uat");
      result.content().workTypes().forEach(workType -> System.out.println(workType.name()));
      return true;
    } catch (ExportException e) {
      // getMessage() says what went wrong and what to do; code() is the stable code, e.g. EXPORT_008.
      System.err.println(e.code() + ": " + e.getMessage());
      return false;
    }
    // [END client]
  }
}
