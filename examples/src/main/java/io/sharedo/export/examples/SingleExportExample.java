package io.sharedo.export.examples;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports one work type and keeps its package: the library used from code, start to finish.
 * Runs against the testkit's fake server, so it needs no ShareDo installation; against a real
 * server, build the {@link Environment} from its URL and credentials instead.
 *
 * <pre>
 * java -cp examples/target/sharedo-export.jar io.sharedo.export.examples.SingleExportExample [OUT_DIR]
 * </pre>
 */
public final class SingleExportExample {

  private SingleExportExample() {}

  /**
   * Runs the example.
   *
   * @param args optionally the folder to write the package to (default: a new temporary folder)
   * @throws Exception when the export fails
   */
  public static void main(String[] args) throws Exception {
    Path out = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("sharedo-");
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", Environment.builder(server.baseUrl("uat"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
                .build())
            .build()) {
      // One call: create the job, wait for it, download, verify the checksum, extract and parse.
      ExportResult result = client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
          out.resolve("worktype-matter-uat.zip"));

      System.out.println("exported " + result.params().systemName() + " in " + result.duration().toMillis()
          + " ms by " + result.method());
      System.out.println("package " + result.download().path() + " (" + result.download().size()
          + " bytes, sha256 " + result.download().sha256() + ")");
      for (WorkType workType : result.content().workTypes()) {
        System.out.println("  " + workType.key() + "  " + workType.name() + ": " + workType.phases().size()
            + " phases, " + workType.roles().size() + " roles, " + workType.rolePermissions().size()
            + " role permissions");
      }
      // A real export lists what the work type depends on without including it.
      for (StepDependency missing : result.content().manifest().missingDependencies()) {
        System.out.println("  needs (" + missing.kind() + ") " + missing.provider() + " " + missing.identity());
      }
    }
  }
}
