package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.core.compare.ComparisonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Plain text, like {@code git diff --stat} followed by the details, grouped by section:
 *
 * <pre>
 * uat → prod: 4 components: 1 added, 1 removed, 1 changed, 1 unchanged
 *
 *  + sharedo-type/claim   | added
 *  - sharedo-type/legacy  | removed
 *  ~ sharedo-type/matter  | 2 +~
 *
 * ~ sharedo-type/matter (2 differences)
 *   SharedoTypeRoles: 1 added, 1 changed
 *     + /SharedoTypeRoles/auditor: (absent) → {"ParticipantRoleSystemName":"auditor",...}
 *     ~ /SharedoTypeRoles/reviewer/IsMandatory: false → true
 * </pre>
 *
 * Values longer than {@value #MAX_VALUE} characters are cut, saying how much was left out (the
 * JSON and HTML renderings keep them whole). Stateless and thread-safe.
 */
public final class TextComparisonRenderer implements ComparisonRenderer {
  /** The one instance. */
  public static final TextComparisonRenderer INSTANCE = new TextComparisonRenderer();

  /** The widest bar; a component with more differences gets a scaled bar, as git does. */
  private static final int BAR_WIDTH = 40;
  /** Names longer than this are not padded, so one long name does not push every bar off screen. */
  private static final int MAX_NAME_COLUMN = 60;
  private static final String ABSENT = "(absent)";
  /** The longest value shown whole; an added phase or role can be kilobytes of JSON. */
  static final int MAX_VALUE = 160;
  /** About the length of the note that replaces what is cut. */
  private static final int CUT_NOTE = 24;
  private static final String MANIFEST = "manifest";

  private TextComparisonRenderer() {}

  @Override
  public void render(ComparisonResult result, Writer out) throws IOException {
    Arguments.notNull(result, "result");
    Arguments.notNull(out, "out");
    ComparisonCounts counts = ComparisonCounts.of(result);
    StringBuilder text = new StringBuilder();
    text.append(result.left()).append(" → ").append(result.right()).append(": ")
        .append(counts.total()).append(counts.total() == 1 ? " component: " : " components: ")
        .append(counts.describe()).append('\n');
    if (!result.hasDifferences()) {
      text.append("\nNo differences.\n");
    } else {
      appendStat(result, text);
      if (!result.manifestDifferences().isEmpty()) {
        appendDifferences(MANIFEST, result.manifestDifferences(), text);
      }
      for (ComponentComparison component : result.components()) {
        if (component.kind() == ChangeKind.CHANGED) {
          appendDifferences(component.key().toString(), component.differences(), text);
        }
      }
    }
    out.write(text.toString());
    out.flush();
  }

  private static void appendStat(ComparisonResult result, StringBuilder text) {
    List<ComponentComparison> components = result.components();
    List<FieldDifference> manifest = result.manifestDifferences();
    int nameWidth = manifest.isEmpty() ? 0 : MANIFEST.length();
    int maxDifferences = manifest.size();
    for (ComponentComparison component : components) {
      if (component.kind() != ChangeKind.UNCHANGED) {
        nameWidth = Math.max(nameWidth, Math.min(MAX_NAME_COLUMN, component.key().toString().length()));
        maxDifferences = Math.max(maxDifferences, component.differences().size());
      }
    }
    int countWidth = Integer.toString(maxDifferences).length();
    text.append('\n');
    if (!manifest.isEmpty()) {
      String count = Integer.toString(manifest.size());
      text.append(" ~ ").append(MANIFEST).append(" ".repeat(Math.max(0, nameWidth - MANIFEST.length())))
          .append(" | ").append(" ".repeat(countWidth - count.length())).append(count).append(' ')
          .append(bar(manifest)).append('\n');
    }
    for (ComponentComparison component : components) {
      if (component.kind() == ChangeKind.UNCHANGED) {
        continue;
      }
      String name = component.key().toString();
      text.append(' ').append(symbol(component.kind())).append(' ').append(name)
          .append(" ".repeat(Math.max(0, nameWidth - name.length()))).append(" | ");
      switch (component.kind()) {
        case ADDED -> text.append("added");
        case REMOVED -> text.append("removed");
        default -> {
          String count = Integer.toString(component.differences().size());
          text.append(" ".repeat(countWidth - count.length())).append(count).append(' ')
              .append(bar(component.differences()));
        }
      }
      text.append('\n');
    }
  }

  /** One {@code +} per added value, {@code -} per removed, {@code ~} per changed, scaled to {@link #BAR_WIDTH}. */
  static String bar(List<FieldDifference> differences) {
    DifferenceCounts counts = DifferenceCounts.of(differences);
    int added = counts.added();
    int removed = counts.removed();
    int changed = counts.changed();
    int total = added + removed + changed;
    if (total > BAR_WIDTH) {
      double scale = (double) BAR_WIDTH / total;
      added = scaled(added, scale);
      removed = scaled(removed, scale);
      changed = scaled(changed, scale);
    }
    return "+".repeat(added) + "-".repeat(removed) + "~".repeat(changed);
  }

  private static int scaled(int count, double scale) {
    return count == 0 ? 0 : Math.max(1, (int) Math.round(count * scale));
  }

  private static void appendDifferences(String title, List<FieldDifference> differences, StringBuilder text) {
    int size = differences.size();
    text.append('\n').append(symbol(ChangeKind.CHANGED)).append(' ').append(title)
        .append(" (").append(size).append(size == 1 ? " difference)\n" : " differences)\n");
    for (Map.Entry<String, List<FieldDifference>> section : Sections.group(differences).entrySet()) {
      text.append("  ").append(section.getKey().isEmpty() ? "(the whole document)" : section.getKey()).append(": ")
          .append(Sections.describe(section.getValue())).append('\n');
      for (FieldDifference difference : section.getValue()) {
        text.append("    ").append(symbol(difference.kind())).append(' ').append(difference.pointer()).append(": ")
            .append(difference.kind() == ChangeKind.ADDED ? ABSENT : shown(difference.left()))
            .append(" → ")
            .append(difference.kind() == ChangeKind.REMOVED ? ABSENT : shown(difference.right()))
            .append('\n');
      }
    }
  }

  /**
   * A value as compact JSON, cut after {@link #MAX_VALUE} characters when that leaves out more than
   * the note saying so would take: "… (1 more character)" hides less than it costs.
   */
  static String shown(@Nullable Object value) {
    String json = CompactJson.write(value);
    if (json.length() <= MAX_VALUE + CUT_NOTE) {
      return json;
    }
    int more = json.length() - MAX_VALUE;
    return json.substring(0, MAX_VALUE) + "… (" + more + (more == 1 ? " more character)" : " more characters)");
  }

  static char symbol(ChangeKind kind) {
    return switch (kind) {
      case ADDED -> '+';
      case REMOVED -> '-';
      case CHANGED -> '~';
      case UNCHANGED -> ' ';
    };
  }
}
