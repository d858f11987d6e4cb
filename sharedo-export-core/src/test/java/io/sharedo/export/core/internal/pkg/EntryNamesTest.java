package io.sharedo.export.core.internal.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EntryNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"manifest.json", "steps/0001-sharedo-type-matter.json", "steps/", "a/b/c/", "a..b/c.json",
      "..a", "a/...", "Ünïcödé/名前.json", "with space.json"})
  void acceptsPlainRelativePaths(String name) {
    assertThat(EntryNames.problem(name)).isEmpty();
    assertThat(EntryNames.resolveInside(Path.of("/base"), name)).hasValueSatisfying(
        p -> assertThat(p.startsWith(Path.of("/base"))).isTrue());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../evil|'..'",
      "a/../../evil|'..'",
      "a/..|'..'",
      "/etc/passwd|absolute",
      "C:\\x|backslash",
      "..\\x|backslash",
      "C:x|':'",
      "D:/x|':'",
      "a/./b|'.'",
      "a//b|empty path segment",
      "a.json:stream|':'",
  })
  void refusesPathsThatCouldLeaveTheFolder(String name, String reason) {
    assertThat(EntryNames.problem(name)).hasValueSatisfying(problem -> assertThat(problem).contains(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a\u0000b", "a\nb", "tab\there"})
  void refusesEmptyNamesAndControlCharacters(String name) {
    assertThat(EntryNames.problem(name)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void refusesSegmentsLongerThanFileSystemsAccept(int length) {
    assertThat(EntryNames.problem("a/" + "x".repeat(length)).isPresent()).isEqualTo(length > 255);
  }

  @ParameterizedTest
  @CsvSource({"Steps/A.json,steps/a.json", "steps/,steps"})
  void collidesNamesThatDifferOnlyInCaseOrTrailingSlash(String one, String other) {
    assertThat(EntryNames.collisionKey(one)).isEqualTo(EntryNames.collisionKey(other));
  }
}
