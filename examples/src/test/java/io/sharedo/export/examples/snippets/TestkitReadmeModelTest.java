package io.sharedo.export.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.PhaseTransition;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the testkit README's "A model of your own" example (the compiled copy the README is checked
 * against) and exports its work type through the library, so the example is known to work, not only
 * to compile.
 */
class TestkitReadmeModelTest {

  @TempDir Path out;

  @Test
  void readmeModelExampleExportsItsClaimWorkType() throws Exception {
    try (FakeShareDoServer server = TestkitSnippets.ownModel();
        ShareDoExportClient client = ShareDoExportClient.builder()
            .environment("qa", Environment.builder(server.baseUrl("qa"))
                .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret()).build())
            .build()) {
      ExportResult result =
          client.export(ExportParams.of(ExportType.WORKTYPE, "claim", "qa"), out.resolve("claim.zip"));

      WorkType claim = result.content().workTypes().get(0);
      assertThat(claim.systemName()).isEqualTo("claim");
      assertThat(claim.transitions()).extracting(PhaseTransition::name).containsExactly("Close");
      assertThat((List<?>) claim.properties().get("KeyDateAssociations")).singleElement()
          .satisfies(k -> assertThat(((Map<?, ?>) k).get("KeyDateTypeSystemName")).isEqualTo("limitation-date"));
      assertThat(result.content().manifest().exportedFrom()).isEqualTo("Acme QA");
    }
  }
}
