package io.sharedo.export.examples.snippets;

import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportService;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.PollPolicy;
import io.sharedo.export.core.ShareDoExportClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/** The examples on the client's and the API's javadoc pages. */
final class ClientSnippets {

  private ClientSnippets() {}

  static ExportParams exportParams() {
    // [START ExportParams]
    ExportParams params = ExportParams.builder()
        .type(ExportType.WORKTYPE)
        .systemName("matter")
        .environment("clientA-vnext")
        .options(ExportOptions.builder().allowFallback(true).build())
        .build();
    // [END ExportParams]
    return params;
  }

  static Environment environment(String secret) {
    // [START Environment]
    Environment uat = Environment.builder(URI.create("https://uat.example.com"))
        .clientCredentials(URI.create("https://identity.example.com"), "exporter", secret)
        .impersonate("exporter@example.com", "sharedo")
        .build();
    // [END Environment]
    return uat;
  }

  static ExportResult client(String secret) {
    // [START ShareDoExportClient]
    try (ShareDoExportClient client = ShareDoExportClient.builder()
        .environment("clientA-vnext", Environment.builder(URI.create("https://vnext.example.com"))
            .clientCredentials(URI.create("https://identity.example.com"), "exporter", secret)
            .build())
        .build()) {
      ExportResult result = client.exportWorkType("matter", "clientA-vnext");
      // [END ShareDoExportClient]
      return result;
      // [START ShareDoExportClient]
    }
    // [END ShareDoExportClient]
  }

  static ExportResult corePackage(String token) {
    // [START core-package]
    try (ShareDoExportClient client = ShareDoExportClient.builder()
        .environment("clientB-uat", Environment.builder(URI.create("https://uat.example.com"))
            .bearerToken(token)
            .build())
        .pollPolicy(PollPolicy.builder().stallTimeout(Duration.ofMinutes(2)).build())
        .build()) {
      ExportResult result = client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "clientB-uat"),
          Path.of("matter.zip"));
      // [END core-package]
      return result;
      // [START core-package]
    }
    // [END core-package]
  }

  static void componentPackage(ExportService exports) {
    // [START component-package]
    ComparisonResult diff = exports.compareExports(ExportType.WORKTYPE, "matter", "uat", "vnext");
    for (ComponentComparison c : diff.components()) {
      if (c.kind() == ChangeKind.CHANGED) {
        c.differences().forEach(d -> System.out.println(c.key() + d.pointer()));
      }
    }
    // [END component-package]
  }
}
