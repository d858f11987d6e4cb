package io.sharedo.export.core.internal.compare;

import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ComponentComparison;
import io.sharedo.export.component.FieldDifference;
import io.sharedo.export.core.compare.ComparisonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Plain text, like {@code git diff --stat} followed by the details:
 *
 * <pre>
 * uat → prod: 4 components: 1 added, 1 removed, 1 changed, 1 unchanged
 *
 *  + sharedo-type/claim   | added
 *  - sharedo-type/legacy  | removed
 *  ~ sharedo-type/matter  | 3 ~~+
 *
 * ~ sharedo-type/matter (3 differences)
 *     ~ /attributes/matter-ref/required: false → true
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class TextComparisonRenderer implements ComparisonRenderer {
  /** The one instance. */
  public static final TextComparisonRenderer INSTANCE = new TextComparisonRenderer();

  /** The widest bar; a component with more differences gets a scaled bar, as git does. */
  private static final int BAR_WIDTH = 40;
  /** Names longer than this are not padded, so one long name does not push every bar off screen. */
  private static final int MAX_NAME_COLUMN = 60;
  private static final String ABSENT = "(absent)";

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
    if (counts.differing() == 0) {
      text.append("\nNo differences.\n");
    } else {
      appendStat(result.components(), text);
      appendDetails(result.components(), text);
    }
    out.write(text.toString());
    out.flush();
  }

  private static void appendStat(List<ComponentComparison> components, StringBuilder text) {
    int nameWidth = 0;
    int maxDifferences = 0;
    for (ComponentComparison component : components) {
      if (component.kind() != ChangeKind.UNCHANGED) {
        nameWidth = Math.max(nameWidth, Math.min(MAX_NAME_COLUMN, component.key().toString().length()));
        maxDifferences = Math.max(maxDifferences, component.differences().size());
      }
    }
    int countWidth = Integer.toString(maxDifferences).length();
    text.append('\n');
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
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (FieldDifference difference : differences) {
      switch (difference.kind()) {
        case ADDED -> added++;
        case REMOVED -> removed++;
        default -> changed++;
      }
    }
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

  private static void appendDetails(List<ComponentComparison> components, StringBuilder text) {
    for (ComponentComparison component : components) {
      if (component.kind() != ChangeKind.CHANGED) {
        continue;
      }
      int size = component.differences().size();
      text.append('\n').append(symbol(ChangeKind.CHANGED)).append(' ').append(component.key())
          .append(" (").append(size).append(size == 1 ? " difference)\n" : " differences)\n");
      for (FieldDifference difference : component.differences()) {
        text.append("    ").append(symbol(difference.kind())).append(' ').append(difference.pointer()).append(": ")
            .append(difference.kind() == ChangeKind.ADDED ? ABSENT : CompactJson.write(difference.left()))
            .append(" → ")
            .append(difference.kind() == ChangeKind.REMOVED ? ABSENT : CompactJson.write(difference.right()))
            .append('\n');
      }
    }
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
