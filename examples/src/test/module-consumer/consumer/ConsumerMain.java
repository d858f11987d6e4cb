package consumer;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.file.Path;

/** Exports the demo work type from a fake server and prints the components it holds. */
public final class ConsumerMain {

  private ConsumerMain() {}

  public static void main(String[] args) {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("uat", Environment.builder(server.baseUrl("uat"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
                .build())
            .build()) {
      ExportResult result = client.export(ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
          Path.of(args[0], "matter.zip"));
      result.content().allComponents().forEach(component -> System.out.println(component.key()));
    }
  }
}
