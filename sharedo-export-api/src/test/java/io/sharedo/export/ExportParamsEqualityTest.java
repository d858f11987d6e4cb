package io.sharedo.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link ExportParams} and {@link ExportOptions} write equals and hashCode out; these tests keep them to
 * every record component, as the generated ones would be: one variant per component must differ.
 */
class ExportParamsEqualityTest {
  private static final ExportOptions OPTIONS = ExportOptions.defaults();
  private static final ExportParams PARAMS = ExportParams.builder().type(ExportType.WORKTYPE).systemName("matter")
      .environment("uat").options(OPTIONS).build();

  @Test
  void optionsAreEqualExactlyWhenEveryComponentIs() {
    List<UnaryOperator<ExportOptions.Builder>> oneChange = List.of(
        b -> b.includeDependencies(!OPTIONS.includeDependencies()),
        b -> b.includeHistory(!OPTIONS.includeHistory()),
        b -> b.format(OPTIONS.format() == ExportFormat.ZIP ? ExportFormat.JSON : ExportFormat.ZIP),
        b -> b.compression(OPTIONS.compression() == Compression.NONE ? Compression.GZIP : Compression.NONE),
        b -> b.allowFallback(!OPTIONS.allowFallback()));
    assertThat(oneChange).as("one variant per component").hasSize(ExportOptions.class.getRecordComponents().length);

    ExportOptions same = OPTIONS.toBuilder().build();
    assertThat(same).isEqualTo(OPTIONS).isNotSameAs(OPTIONS).hasSameHashCodeAs(OPTIONS);
    for (UnaryOperator<ExportOptions.Builder> change : oneChange) {
      ExportOptions other = change.apply(OPTIONS.toBuilder()).build();
      assertThat(other).isNotEqualTo(OPTIONS);
      assertThat(other.hashCode()).isNotEqualTo(OPTIONS.hashCode());
    }
    assertThat(OPTIONS).isNotEqualTo(null).isNotEqualTo("options");
  }

  @Test
  void paramsAreEqualExactlyWhenEveryComponentIs() {
    List<ExportParams> oneChange = List.of(
        new ExportParams(ExportType.FORM, PARAMS.provider(), "matter", "uat", OPTIONS),
        new ExportParams(ExportType.WORKTYPE, "other-provider", "matter", "uat", OPTIONS),
        new ExportParams(ExportType.WORKTYPE, PARAMS.provider(), "claim", "uat", OPTIONS),
        PARAMS.withEnvironment("vnext"),
        new ExportParams(ExportType.WORKTYPE, PARAMS.provider(), "matter", "uat",
            OPTIONS.toBuilder().allowFallback(!OPTIONS.allowFallback()).build()));
    assertThat(oneChange).as("one variant per component").hasSize(ExportParams.class.getRecordComponents().length);

    ExportParams same = ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
    assertThat(same).isEqualTo(PARAMS).isNotSameAs(PARAMS).hasSameHashCodeAs(PARAMS);
    for (ExportParams other : oneChange) {
      assertThat(other).isNotEqualTo(PARAMS);
      assertThat(other.hashCode()).isNotEqualTo(PARAMS.hashCode());
    }
    assertThat(PARAMS).isNotEqualTo(null).isNotEqualTo("params");
  }
}
