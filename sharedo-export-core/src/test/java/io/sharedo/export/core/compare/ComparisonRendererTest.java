package io.sharedo.export.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.ComponentKey;
import io.sharedo.export.component.FieldDifference;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComparisonRendererTest {
  private static final ComparisonResult RESULT = new ComparisonResult("uat", "prod", List.of(
      new ComponentComparison(new ComponentKey("sharedo-type", "claim"), ChangeKind.ADDED, List.of()),
      new ComponentComparison(new ComponentKey("sharedo-type", "legacy"), ChangeKind.REMOVED, List.of()),
      new ComponentComparison(new ComponentKey("sharedo-type", "matter"), ChangeKind.CHANGED, List.of(
          new FieldDifference("/SharedoTypeRoles/reviewer/IsMandatory", ChangeKind.CHANGED, false, true),
          new FieldDifference("/SharedoTypeRoles/auditor", ChangeKind.ADDED, null,
              Map.of("ParticipantRoleSystemName", "auditor")),
          new FieldDifference("/Phases/old", ChangeKind.REMOVED, Map.of("SystemName", "old"), null))),
      new ComponentComparison(new ComponentKey("sharedo-type", "task"), ChangeKind.UNCHANGED, List.of())),
      List.of(new FieldDifference("/SharedoVersion", ChangeKind.CHANGED, "7.9.0.0", "7.9.1.0")));

  private static final ComparisonResult SAME = new ComparisonResult("a", "b", List.of(
      new ComponentComparison(new ComponentKey("sharedo-type", "matter"), ChangeKind.UNCHANGED, List.of())));

  /** A writer that remembers being closed: renderers must leave the caller's writer open. */
  private static final class TrackingWriter extends StringWriter {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Nested
  class Text {
    @Test
    void startsWithTheCountsThenAStatLinePerDifferingComponent() {
      String text = ComparisonRenderer.text().render(RESULT);

      assertThat(text).startsWith("uat → prod: 4 components: 1 added, 1 removed, 1 changed, 1 unchanged\n\n"
          + " ~ manifest            | 1 ~\n"
          + " + sharedo-type/claim  | added\n"
          + " - sharedo-type/legacy | removed\n"
          + " ~ sharedo-type/matter | 3 +-~\n");
      assertThat(text).doesNotContain("task");
    }

    @Test
    void thenListsEachDifferenceBySectionAsPointerLeftArrowRight() {
      String text = ComparisonRenderer.text().render(RESULT);

      assertThat(text).endsWith("\n~ manifest (1 difference)\n"
          + "  SharedoVersion: 1 changed\n"
          + "    ~ /SharedoVersion: \"7.9.0.0\" → \"7.9.1.0\"\n"
          + "\n~ sharedo-type/matter (3 differences)\n"
          + "  SharedoTypeRoles: 1 added, 1 changed\n"
          + "    ~ /SharedoTypeRoles/reviewer/IsMandatory: false → true\n"
          + "    + /SharedoTypeRoles/auditor: (absent) → {\"ParticipantRoleSystemName\":\"auditor\"}\n"
          + "  Phases: 1 removed\n"
          + "    - /Phases/old: {\"SystemName\":\"old\"} → (absent)\n");
    }

    @Test
    void cutsLongValuesSayingHowMuchIsLeftOut() {
      String text = ComparisonRenderer.text().render(new ComparisonResult("a", "b", List.of(
          new ComponentComparison(new ComponentKey("p", "x"), ChangeKind.CHANGED,
              List.of(new FieldDifference("/Big", ChangeKind.ADDED, null, "y".repeat(500)))))));

      assertThat(text).contains("→ \"" + "y".repeat(159) + "… (342 more characters)\n");
    }

    @Test
    void showsAValueWholeWhenCuttingItWouldHideLessThanTheNoteTakes() {
      String value = "y".repeat(165); // 167 characters of JSON: 7 more than the cut
      String text = ComparisonRenderer.text().render(new ComparisonResult("a", "b", List.of(
          new ComponentComparison(new ComponentKey("p", "x"), ChangeKind.CHANGED,
              List.of(new FieldDifference("/Big", ChangeKind.ADDED, null, value))))));

      assertThat(text).contains("→ \"" + value + "\"\n").doesNotContain("more character");
    }

    @Test
    void saysSoWhenNothingDiffers() {
      assertThat(ComparisonRenderer.text().render(SAME))
          .isEqualTo("a → b: 1 component: 0 added, 0 removed, 0 changed, 1 unchanged\n\nNo differences.\n");
    }

    @Test
    void scalesTheBarOfAComponentWithManyDifferences() {
      List<FieldDifference> many = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        many.add(new FieldDifference("/f" + i, i < 200 ? ChangeKind.ADDED : ChangeKind.CHANGED, null, i));
      }
      ComparisonResult result = new ComparisonResult("a", "b", List.of(
          new ComponentComparison(new ComponentKey("p", "big"), ChangeKind.CHANGED, many)));

      String stat = ComparisonRenderer.text().render(result).lines().filter(l -> l.startsWith(" ~ p/big")).findFirst()
          .orElseThrow();

      assertThat(stat).endsWith("| 300 " + "+".repeat(27) + "~".repeat(13));
    }

    @Test
    void flushesButDoesNotCloseTheWriter() throws IOException {
      TrackingWriter out = new TrackingWriter();
      ComparisonRenderer.text().render(RESULT, out);
      assertThat(out.closed).isFalse();
      assertThat(out.toString()).contains("sharedo-type/matter");
    }
  }

  @Nested
  class Json {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void holdsTheLabelsCountsAndEveryComponent() throws IOException {
      JsonNode json = mapper.readTree(ComparisonRenderer.json().render(RESULT));

      assertThat(json.path("left").asText()).isEqualTo("uat");
      assertThat(json.path("right").asText()).isEqualTo("prod");
      assertThat(json.path("summary").toString())
          .isEqualTo("{\"total\":4,\"added\":1,\"removed\":1,\"changed\":1,\"unchanged\":1}");
      assertThat(json.path("components")).hasSize(4);
      assertThat(json.path("manifestDifferences").get(0).path("pointer").asText()).isEqualTo("/SharedoVersion");
      JsonNode matter = json.path("components").get(2);
      assertThat(matter.path("provider").asText()).isEqualTo("sharedo-type");
      assertThat(matter.path("identity").asText()).isEqualTo("matter");
      assertThat(matter.path("kind").asText()).isEqualTo("CHANGED");
      assertThat(matter.path("differences").get(0).toString()).isEqualTo(
          "{\"section\":\"SharedoTypeRoles\",\"pointer\":\"/SharedoTypeRoles/reviewer/IsMandatory\","
              + "\"kind\":\"CHANGED\",\"left\":false,\"right\":true}");
      assertThat(matter.path("differences").get(2).path("left").path("SystemName").asText()).isEqualTo("old");
      assertThat(json.path("components").get(3).path("differences")).isEmpty();
    }

    @Test
    void isTheSameTextEveryTime() {
      assertThat(ComparisonRenderer.json().render(RESULT)).isEqualTo(ComparisonRenderer.json().render(RESULT));
    }

    @Test
    void flushesButDoesNotCloseTheWriter() throws IOException {
      TrackingWriter out = new TrackingWriter();
      ComparisonRenderer.json().render(RESULT, out);
      assertThat(out.closed).isFalse();
      assertThat(mapper.readTree(out.toString()).path("summary").path("total").asInt()).isEqualTo(4);
    }
  }

  @Nested
  class Html {
    @Test
    void isOneSelfContainedPageWithoutScriptsOrExternalAssets() {
      String html = ComparisonRenderer.html().render(RESULT);

      assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").endsWith("</html>\n");
      assertThat(html.toLowerCase()).doesNotContain("<script", "src=", "http:", "https:", "<link", "@import");
    }

    @Test
    void showsTheCountsThenASummaryTableThenASectionPerChangedComponent() {
      String html = ComparisonRenderer.html().render(RESULT);

      assertThat(html).contains("<td class=\"num added\">1</td>", "<td class=\"num changed\">1</td>");
      assertThat(html.indexOf("Components that differ")).isLessThan(html.indexOf("<section id=\"c2\">"));
      assertThat(html).contains("<a href=\"#c2\">matter</a>")
          .contains("<tr class=\"section\"><th colspan=\"4\">SharedoTypeRoles &mdash; 1 added, 1 changed</th></tr>")
          .contains("<code>/SharedoTypeRoles/reviewer/IsMandatory</code>")
          .contains("<td><code>false</code></td><td><code>true</code></td>")
          .contains("<td class=\"absent\">absent</td><td><code>{&quot;ParticipantRoleSystemName&quot;")
          .contains("<section id=\"manifest\">", "<code>/SharedoVersion</code>")
          .contains("1 unchanged component</summary>")
          .contains("<li>sharedo-type/task</li>");
    }

    @Test
    void escapesEveryValueLabelAndName() {
      ComparisonResult hostile = new ComparisonResult("<b>uat</b>", "prod & co", List.of(
          new ComponentComparison(new ComponentKey("p", "x\"><img onerror=1>"), ChangeKind.CHANGED, List.of(
              new FieldDifference("/Phases/<i>", ChangeKind.CHANGED, "<script>alert(1)</script>", "é")))));

      String html = ComparisonRenderer.html().render(hostile);

      assertThat(html).doesNotContain("<script", "<b>", "<i>", "<img")
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
          .contains("&lt;b&gt;uat&lt;/b&gt;", "prod &amp; co", "x&quot;&gt;&lt;img onerror=1&gt;")
          .contains("&quot;&#233;&quot;");
    }

    @Test
    void saysSoWhenNothingDiffers() {
      assertThat(ComparisonRenderer.html().render(SAME)).contains("<p>No differences.</p>").doesNotContain("<section");
    }
  }

  @Test
  void findsARendererByFormatName() {
    assertThat(ComparisonRenderer.forFormat("text")).isSameAs(ComparisonRenderer.text());
    assertThat(ComparisonRenderer.forFormat("JSON")).isSameAs(ComparisonRenderer.json());
    assertThat(ComparisonRenderer.forFormat(" html ")).isSameAs(ComparisonRenderer.html());
    assertThatThrownBy(() -> ComparisonRenderer.forFormat("xml"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text, json or html");
  }

  @Test
  void rejectsANullResult() {
    for (ComparisonRenderer renderer : List.of(ComparisonRenderer.text(), ComparisonRenderer.json(),
        ComparisonRenderer.html())) {
      assertThatThrownBy(() -> renderer.render(null)).hasMessage("result cannot be null");
      assertThatThrownBy(() -> renderer.render(RESULT, null)).hasMessage("out cannot be null");
    }
  }
}
