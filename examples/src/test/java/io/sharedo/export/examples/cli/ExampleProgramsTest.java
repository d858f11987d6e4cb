package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.examples.CompareExample;
import io.sharedo.export.examples.SingleExportExample;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/** The two example programs run and print what they promise. They write to System.out, so this swaps it. */
@Isolated
class ExampleProgramsTest {

  @TempDir
  Path dir;

  private static String captureOut(ThrowingRunnable program) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      program.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void singleExportExampleKeepsThePackageAndListsItsComponents() throws Exception {
    String out = captureOut(() -> SingleExportExample.main(new String[] {dir.toString()}));

    assertThat(dir.resolve("worktype-matter-uat.zip")).isRegularFile();
    assertThat(out).contains("exported matter", "PACKAGE_EXPORT", "sha256", "sharedo-type/matter  Matter: 4 phases",
        "needs (MANDATORY) option-set matter-status");
  }

  @Test
  void compareExamplePrintsTheDemoDifferences() throws Exception {
    String out = captureOut(() -> CompareExample.main(new String[0]));

    assertThat(out).contains("/SharedoTypeRoles/compliance-officer", "/Phases/matter-on-hold/Name",
        "0 added, 0 removed, 1 changed");
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
