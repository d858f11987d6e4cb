package io.sharedo.export.core.internal.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The warm-up exercises the reader's libraries and leaves nothing behind. */
class ReaderWarmUpTest {

  @Test
  void parsesItsSampleWithTheReadersStrictMapper() throws Exception {
    assertThat(JsonTrees.parse(ReaderWarmUp.SAMPLE).path("Steps").get(0).path("Selector").path("systemName").asText())
        .isEqualTo("x");
  }

  @Test
  void readsItsSampleBackThroughZip4jWithoutWritingAFile() throws Exception {
    Path here = Path.of("").toAbsolutePath();
    long before = count(here);

    int read = ReaderWarmUp.run();

    assertThat(read).as("the sample read back through Zip4j").isEqualTo(ReaderWarmUp.SAMPLE.length);
    assertThat(count(here)).isEqualTo(before);
  }

  private static long count(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
