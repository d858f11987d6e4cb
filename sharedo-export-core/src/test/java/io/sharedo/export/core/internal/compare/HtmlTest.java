package io.sharedo.export.core.internal.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapesMarkupCharacters() {
    assertThat(Html.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void writesNonAsciiAsCharacterReferences() {
    assertThat(Html.escape("café → 😀")).isEqualTo("caf&#233; &#8594; &#128512;");
  }

  @Test
  void replacesControlCharactersAndLoneSurrogates() {
    assertThat(Html.escape("a\u0000b\u0085c\ud800d\n\te")).isEqualTo("a&#xFFFD;b&#xFFFD;c&#xFFFD;d\n\te");
  }
}
