package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void bytesUseBinaryUnits() {
    assertThat(Formats.bytes(0)).isEqualTo("0 B");
    assertThat(Formats.bytes(1023)).isEqualTo("1023 B");
    assertThat(Formats.bytes(1536)).isEqualTo("1.5 KB");
    assertThat(Formats.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GB");
  }

  @Test
  void clockShowsHoursOnlyWhenNeeded() {
    assertThat(Formats.clock(Duration.ofSeconds(7))).isEqualTo("00:07");
    assertThat(Formats.clock(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
    assertThat(Formats.clock(Duration.ofSeconds(-5))).isEqualTo("00:00");
  }

  @Test
  void barFillsInProportionAndClamps() {
    assertThat(Formats.bar(50, 10)).isEqualTo("[#####.....]");
    assertThat(Formats.bar(150, 4)).isEqualTo("[####]");
    assertThat(Formats.bar(-1, 4)).isEqualTo("[....]");
  }

  @Test
  void fitCutsLongTextWithAnEllipsis() {
    assertThat(Formats.fit("abcdefghij", 6)).isEqualTo("abc...");
    assertThat(Formats.fit("abc", 6)).isEqualTo("abc");
    assertThat(Formats.fit(null, 6)).isEmpty();
  }

  @Test
  void fileNamesCannotEscapeTheOutputFolder() {
    assertThat(FileNames.safe("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
    assertThat(FileNames.safe("..")).isEqualTo("__");
    assertThat(FileNames.safe("matter-intake_v2.1")).isEqualTo("matter-intake_v2.1");
  }
}
