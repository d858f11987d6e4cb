package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The report checker the HTML tests rely on catches what it should. */
class HtmlReportTest {

  @Test
  void acceptsProperlyNestedElementsWithVoidOnesAndStyles() {
    assertThatCode(() -> HtmlReport.checkWellFormed(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>a>b{}</style></head>"
            + "<body><table><tr><td>x</td></tr></table></body></html>"))
        .doesNotThrowAnyException();
  }

  @Test
  void rejectsAnUnclosedOrMisnestedElement() {
    assertThatThrownBy(() -> HtmlReport.checkWellFormed("<table><tr><td>x</tr></table>"))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> HtmlReport.checkWellFormed("<html><body>"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("never closed");
  }
}
