import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoExtension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.Fault;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MatterExportTest {
  // One server for the class, demo data, each progress request moves a job on by 50 %,
  // and Range requests honoured (an extension: real servers may not resume downloads).
  @RegisterExtension
  static final FakeShareDoExtension FAKE = FakeShareDoExtension.builder().demoData().progressPerPoll(50)
      .extensions(Extension.RANGE_REQUESTS).build();

  @Test
  void resumesADroppedDownload(@TempDir Path dir) {
    FakeShareDoServer server = FAKE.server();
    server.injectForNextJob(Fault.dropConnectionAt(0.5));

    try (ShareDoExportClient client = ShareDoExportClient.builder()
        .environment("uat", Environment.builder(server.baseUrl("uat"))
            .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
            .build())
        .build()) {
      ExportResult result = client.export(
          ExportParams.of(ExportType.WORKTYPE, "matter", "uat"), dir.resolve("matter.zip"));

      assertTrue(result.content().workTypes().stream().anyMatch(w -> w.systemName().equals("matter")));
    }
    assertEquals(2, server.requestCount(Endpoint.DOWNLOAD)); // broken once, resumed once
  }
}
