package io.sharedo.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportErrorCodeTest {

  @ParameterizedTest
  @CsvSource({
    "JOB_CREATION_FAILED, EXPORT_001, false",
    "JOB_TIMED_OUT, EXPORT_002, true",
    "JOB_FAILED, EXPORT_003, true",
    "DOWNLOAD_FAILED, EXPORT_004, true",
    "EXTRACTION_FAILED, EXPORT_005, false",
    "VALIDATION_FAILED, EXPORT_006, false",
    "NETWORK_ERROR, EXPORT_007, true",
    "AUTHENTICATION_FAILED, EXPORT_008, false",
    "CANCELLED, EXPORT_009, false"
  })
  void codeStringsAreStable(ExportErrorCode constant, String code, boolean recoverable) {
    assertThat(constant.code()).isEqualTo(code);
    assertThat(constant).hasToString(code);
    assertThat(ExportErrorCode.fromCode(code)).isSameAs(constant);
    assertThat(constant.recoverableByDefault()).isEqualTo(recoverable);
  }

  @Test
  void thereAreExactlyNineCodesInProtocolOrder() {
    assertThat(Arrays.stream(ExportErrorCode.values()).map(ExportErrorCode::code))
        .containsExactly("EXPORT_001", "EXPORT_002", "EXPORT_003", "EXPORT_004", "EXPORT_005",
            "EXPORT_006", "EXPORT_007", "EXPORT_008", "EXPORT_009");
  }

  @Test
  void unknownCodeIsRejectedWithTheCodeInTheMessage() {
    assertThatThrownBy(() -> ExportErrorCode.fromCode("EXPORT_010"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EXPORT_010");
    assertThatThrownBy(() -> ExportErrorCode.fromCode(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("code");
  }
}
