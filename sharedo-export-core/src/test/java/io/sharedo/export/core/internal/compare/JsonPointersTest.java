package io.sharedo.export.core.internal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonPointersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''      | plain  | /plain",
      "/a      | b      | /a/b",
      "''      | a/b    | /a~1b",
      "''      | m~n    | /m~0n",
      // Tilde first, so a name that already reads like an escape stays distinct.
      "''      | ~1     | /~01",
      "/x      | ''     | /x/",
  })
  void appendsAnEscapedReferenceToken(String pointer, String token, String expected) {
    assertThat(JsonPointers.append(pointer, token)).isEqualTo(expected);
  }
}
