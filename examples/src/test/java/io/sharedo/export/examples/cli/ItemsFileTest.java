package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemsFileTest {
  private static final ExportOptions OPTIONS = ExportOptions.defaults();

  private static List<ExportParams> parse(String... lines) {
    return ItemsFile.parse("items.csv", List.of(lines), OPTIONS);
  }

  @Test
  void readsCsvWithoutHeaderInFileOrder() {
    List<ExportParams> items = parse("worktype,matter,uat", "workflow,matter-intake,vnext", "form , intake-form , uat");

    assertThat(items).extracting(ExportParams::type, ExportParams::systemName, ExportParams::environment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ExportType.WORKTYPE, "matter", "uat"),
            org.assertj.core.groups.Tuple.tuple(ExportType.WORKFLOW, "matter-intake", "vnext"),
            org.assertj.core.groups.Tuple.tuple(ExportType.FORM, "intake-form", "uat"));
  }

  @Test
  void readsAHeaderNamingTheColumnsInAnyOrder() {
    List<ExportParams> items = parse("environment,system_name,Type", "uat,matter,WorkType");

    assertThat(items).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(ExportType.WORKTYPE);
      assertThat(p.systemName()).isEqualTo("matter");
      assertThat(p.environment()).isEqualTo("uat");
    });
  }

  @Test
  void readsJsonLinesMixedWithCsvSkippingBlanksAndComments() {
    List<ExportParams> items = parse(
        "# items for the nightly run",
        "",
        "{\"type\":\"worktype\",\"systemName\":\"matter\",\"environment\":\"uat\"}",
        "configuration,feature-x,vnext");

    assertThat(items).extracting(ExportParams::systemName).containsExactly("matter", "feature-x");
    assertThat(items.get(1).type()).isEqualTo(ExportType.CONFIGURATION);
    assertThat(items.get(1).provider()).isEqualTo("global-feature");
  }

  @Test
  void unquotesCsvFields() {
    assertThat(parse("worktype,\"matter, legacy\",uat").get(0).systemName()).isEqualTo("matter, legacy");
  }

  @Test
  void givesEveryItemTheChosenOptions() {
    ExportOptions options = ExportOptions.builder().allowFallback(true).includeDependencies(false).build();

    assertThat(ItemsFile.parse("f", List.of("worktype,matter,uat"), options).get(0).options()).isEqualTo(options);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "worktype,matter                                          | items.csv line 2: expected 3 fields",
      "spaceship,matter,uat                                     | items.csv line 2: unknown type 'spaceship'",
      "worktype,,uat                                            | items.csv line 2: the system name is empty",
      "worktype,matter,                                         | items.csv line 2: the environment is empty",
      "worktype,\"matter,uat                                    | items.csv line 2: a quoted field is not closed",
      "{\"type\":\"worktype\",\"systemName\":\"matter\"         | items.csv line 2: not valid JSON",
      "{\"type\":\"worktype\",\"systemName\":\"m\",\"env\":\"u\"} | items.csv line 2: unknown field \"env\"",
      "{\"type\":\"worktype\",\"systemName\":1,\"environment\":\"u\"} | items.csv line 2: \"systemName\" must be a string",
  })
  void namesTheLineOfABadItem(String badLine, String expected) {
    assertThatThrownBy(() -> parse("worktype,matter,uat", badLine.strip()))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(expected);
  }

  @Test
  void refusesAFileWithNoItems() {
    assertThatThrownBy(() -> parse("# nothing", "", "type,systemName,environment"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("holds no items");
  }

  @Test
  void saysAMalformedJsonLineIsNotJsonWithoutJacksonInternals() {
    assertThatThrownBy(() -> parse("{\"type\":\"worktype\",systemName:\"matter\"}"))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("items.csv line 1: not valid JSON at column ")
        .hasMessageContaining("{\"type\":\"worktype\",\"systemName\":\"matter\",\"environment\":\"uat\"}")
        .hasMessageNotContaining("StreamReadFeature")
        .hasMessageNotContaining("Source")
        .hasMessageNotContaining("code ");
  }

  @Test
  void refusesAnExtraCsvColumnWithAHeaderAsWithoutOne() {
    assertThatThrownBy(() -> parse("type,systemName,environment", "worktype,matter,uat,extra"))
        .isInstanceOf(UsageException.class)
        .hasMessage("items.csv line 2: expected 3 fields type,systemName,environment but found 4");
    assertThatThrownBy(() -> parse("worktype,matter,uat,extra"))
        .isInstanceOf(UsageException.class)
        .hasMessage("items.csv line 1: expected 3 fields type,systemName,environment but found 4");
  }

  @Test
  void refusesAHeaderWithAColumnItDoesNotKnow() {
    assertThatThrownBy(() -> parse("type,systemName,environment,notes", "worktype,matter,uat,x"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("line 1: unknown column 'notes'");
  }

  @Test
  void refusesAHeaderMissingAColumn() {
    assertThatThrownBy(() -> parse("type,systemName", "worktype,matter"))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void readsAUtf8FileWithAByteOrderMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("items.csv");
    Files.writeString(file, "\uFEFFtype,systemName,environment\r\nworktype,matter,uat\r\n", StandardCharsets.UTF_8);

    assertThat(ItemsFile.read(file, OPTIONS)).extracting(ExportParams::systemName).containsExactly("matter");
  }

  @Test
  void saysWhenTheFileDoesNotExist(@TempDir Path dir) {
    assertThatThrownBy(() -> ItemsFile.read(dir.resolve("missing.csv"), OPTIONS))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("missing.csv does not exist");
  }
}
