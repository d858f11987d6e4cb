package io.sharedo.export.examples;

import io.sharedo.export.ExportType;
import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.compare.ComparisonRenderer;
import io.sharedo.export.testkit.FakeShareDoServer;

/**
 * Compares a work type between two environments and prints the differences: the library used from
 * code to answer "what will this release change?". Runs against the testkit's fake server, whose
 * demo {@code vnext} differs from {@code uat} in a few realistic ways.
 *
 * <pre>
 * java -cp examples/target/sharedo-export.jar io.sharedo.export.examples.CompareExample
 * </pre>
 */
public final class CompareExample {

  private CompareExample() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", environment(server, "uat"))
            .environment("vnext", environment(server, "vnext"))
            .build()) {
      // Both sides are exported afresh, in parallel; CreatedOn, step ids and server-assigned GUIDs are ignored.
      ComparisonResult diff =
          client.compareExports(ExportType.WORKTYPE, "matter", "uat", "vnext", CompareOptions.defaults());

      System.out.print(ComparisonRenderer.text().render(diff));
      System.out.println(diff.count(ChangeKind.ADDED) + " added, " + diff.count(ChangeKind.REMOVED) + " removed, "
          + diff.count(ChangeKind.CHANGED) + " changed");
    }
  }

  private static Environment environment(FakeShareDoServer server, String name) {
    return Environment.builder(server.baseUrl(name))
        .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
        .build();
  }
}
