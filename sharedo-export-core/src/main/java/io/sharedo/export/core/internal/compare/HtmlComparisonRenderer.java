package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.core.compare.ComparisonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One self-contained HTML page: inline CSS, no scripts, no external assets, so it can be mailed or
 * attached to a ticket and opened anywhere. Every label, name, pointer and value is escaped, and
 * non-ASCII characters are written as character references so the page survives any writer
 * encoding. Layout: the counts, a table of the components that differ, the manifest's differences,
 * a section per changed component with its differences grouped by section of the step (an added
 * role is one row carrying the whole role), and the unchanged components in a collapsed list. Stateless and
 * thread-safe.
 */
public final class HtmlComparisonRenderer implements ComparisonRenderer {
  /** The one instance. */
  public static final HtmlComparisonRenderer INSTANCE = new HtmlComparisonRenderer();

  private static final String STYLE = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2em;color:#1f2328;max-width:80em}",
      "h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em}h3{font-size:1em;margin:0 0 .5em}",
      "table{border-collapse:collapse;margin:.5em 0}",
      "th,td{border:1px solid #d0d7de;padding:.3em .6em;text-align:left;vertical-align:top}",
      "th{background:#f6f8fa}",
      "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;"
          + "white-space:pre-wrap;overflow-wrap:anywhere}",
      // Difference tables use the page's width, the two sides alike, so a long value on one side
      // does not squeeze the other into a column a few letters wide.
      "section table{width:100%}section tr:first-child th:nth-child(1){width:28%}",
      "section tr:first-child th:nth-child(3),section tr:first-child th:nth-child(4){width:32%}",
      "section{border:1px solid #d0d7de;border-radius:6px;padding:1em;margin:1em 0}",
      ".added{background:#e6ffec}.removed{background:#ffebe9}.changed{background:#fff8c5}",
      ".absent{color:#6e7781;font-style:italic}",
      ".num{text-align:right}",
      "tr.section th{background:#eaeef2;font-weight:600}");

  private HtmlComparisonRenderer() {}

  @Override
  public void render(ComparisonResult result, Writer out) throws IOException {
    Arguments.notNull(result, "result");
    Arguments.notNull(out, "out");
    ComparisonCounts counts = ComparisonCounts.of(result);
    String left = Html.escape(result.left());
    String right = Html.escape(result.right());
    StringBuilder html = new StringBuilder(4096);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Export comparison: ").append(left).append(" &rarr; ").append(right).append("</title>\n")
        .append("<style>\n").append(STYLE).append("\n</style>\n</head>\n<body>\n")
        .append("<h1>Export comparison: ").append(left).append(" &rarr; ").append(right).append("</h1>\n");
    appendCounts(counts, html);
    List<ComponentComparison> components = result.components();
    if (!result.hasDifferences()) {
      html.append("<p>No differences.</p>\n");
    } else {
      if (!result.manifestDifferences().isEmpty()) {
        html.append("<p>The manifests differ: <a href=\"#manifest\">").append(result.manifestDifferences().size())
            .append(result.manifestDifferences().size() == 1 ? " difference" : " differences").append("</a>.</p>\n");
      }
      if (counts.differing() > 0) {
        appendSummary(components, html);
      }
      if (!result.manifestDifferences().isEmpty()) {
        appendSection("manifest", "manifest", result.manifestDifferences(), left, right, html);
      }
      for (int i = 0; i < components.size(); i++) {
        ComponentComparison component = components.get(i);
        if (component.kind() == ChangeKind.CHANGED) {
          appendSection("c" + i, component.key().toString(), component.differences(), left, right, html);
        }
      }
    }
    appendUnchanged(components, counts.unchanged(), html);
    html.append("</body>\n</html>\n");
    out.write(html.toString());
    out.flush();
  }

  private static void appendCounts(ComparisonCounts counts, StringBuilder html) {
    html.append("<table>\n<tr><th>Components</th><th>Added</th><th>Removed</th><th>Changed</th>")
        .append("<th>Unchanged</th></tr>\n<tr>")
        .append("<td class=\"num\">").append(counts.total()).append("</td>")
        .append("<td class=\"num added\">").append(counts.added()).append("</td>")
        .append("<td class=\"num removed\">").append(counts.removed()).append("</td>")
        .append("<td class=\"num changed\">").append(counts.changed()).append("</td>")
        .append("<td class=\"num\">").append(counts.unchanged()).append("</td></tr>\n</table>\n");
  }

  private static void appendSummary(List<ComponentComparison> components, StringBuilder html) {
    html.append("<h2>Components that differ</h2>\n<table>\n<tr><th>Change</th><th>Provider</th>")
        .append("<th>Identity</th><th>Differences</th></tr>\n");
    for (int i = 0; i < components.size(); i++) {
      ComponentComparison component = components.get(i);
      if (component.kind() == ChangeKind.UNCHANGED) {
        continue;
      }
      String kind = kindName(component.kind());
      String identity = Html.escape(component.key().identity());
      html.append("<tr class=\"").append(kind).append("\"><td>").append(kind).append("</td><td>")
          .append(Html.escape(component.key().provider())).append("</td><td>");
      if (component.kind() == ChangeKind.CHANGED) {
        html.append("<a href=\"#c").append(i).append("\">").append(identity).append("</a>");
      } else {
        html.append(identity);
      }
      html.append("</td><td class=\"num\">");
      if (component.kind() == ChangeKind.CHANGED) {
        html.append(component.differences().size());
      } else {
        html.append("&mdash;");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** One changed component (or the manifest): a table whose rows are grouped by section. */
  private static void appendSection(String id, String title, List<FieldDifference> differences, String left,
      String right, StringBuilder html) {
    html.append("<section id=\"").append(id).append("\">\n<h3>").append(Html.escape(title)).append("</h3>\n")
        .append("<table>\n<tr><th>Where</th><th>Change</th><th>").append(left).append("</th><th>")
        .append(right).append("</th></tr>\n");
    for (Map.Entry<String, List<FieldDifference>> section : Sections.group(differences).entrySet()) {
      html.append("<tr class=\"section\"><th colspan=\"4\">")
          .append(Html.escape(section.getKey().isEmpty() ? "(the whole document)" : section.getKey()))
          .append(" &mdash; ").append(Sections.describe(section.getValue())).append("</th></tr>\n");
      for (FieldDifference difference : section.getValue()) {
        String kind = kindName(difference.kind());
        html.append("<tr class=\"").append(kind).append("\"><td><code>")
            .append(Html.escape(difference.pointer())).append("</code></td><td>").append(kind).append("</td>");
        appendValue(difference.kind() == ChangeKind.ADDED, difference.left(), html);
        appendValue(difference.kind() == ChangeKind.REMOVED, difference.right(), html);
        html.append("</tr>\n");
      }
    }
    html.append("</table>\n</section>\n");
  }

  private static void appendValue(boolean absent, @Nullable Object value, StringBuilder html) {
    if (absent) {
      html.append("<td class=\"absent\">absent</td>");
    } else {
      html.append("<td><code>").append(Html.escape(CompactJson.write(value))).append("</code></td>");
    }
  }

  private static void appendUnchanged(List<ComponentComparison> components, int unchanged, StringBuilder html) {
    if (unchanged == 0) {
      return;
    }
    // <details> folds without a script.
    html.append("<details>\n<summary>").append(unchanged)
        .append(unchanged == 1 ? " unchanged component" : " unchanged components").append("</summary>\n<ul>\n");
    for (ComponentComparison component : components) {
      if (component.kind() == ChangeKind.UNCHANGED) {
        html.append("<li>").append(Html.escape(component.key().toString())).append("</li>\n");
      }
    }
    html.append("</ul>\n</details>\n");
  }

  private static String kindName(ChangeKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
