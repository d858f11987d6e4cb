package io.sharedo.export.examples.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a comparison HTML report the way a test needs: checks that every element is closed in
 * order (well-formed enough for any browser), and pulls out the rows of the "components that
 * differ" table.
 */
final class HtmlReport {
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>");
  private static final Set<String> VOID = Set.of("meta", "br", "hr", "img", "input", "link", "wbr");
  private static final Pattern ROW = Pattern.compile(
      "<tr class=\"(added|removed|changed)\"><td>[a-z]+</td><td>([^<]*)</td><td>(?:<a [^>]*>)?([^<]*)(?:</a>)?</td>");

  private HtmlReport() {}

  /**
   * Checks that the elements nest properly.
   *
   * @param html the page
   * @throws AssertionError naming the first element out of place
   */
  static void checkWellFormed(String html) {
    Deque<String> open = new ArrayDeque<>();
    String body = html.replaceAll("(?s)<style>.*?</style>", "<style></style>");
    Matcher tag = TAG.matcher(body);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
      if (VOID.contains(name) || !tag.group(3).isEmpty()) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        open.push(name);
      } else if (open.isEmpty() || !open.pop().equals(name)) {
        throw new AssertionError("</" + name + "> closes nothing open at offset " + tag.start());
      }
    }
    if (!open.isEmpty()) {
      throw new AssertionError("elements never closed: " + open);
    }
  }

  /**
   * The differing components listed in the report's summary table.
   *
   * @param html the page
   * @return entries like {@code added sharedo-workflow/matter-review}, in page order
   */
  static List<String> differingComponents(String html) {
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      rows.add(row.group(1) + " " + row.group(2) + "/" + row.group(3));
    }
    return rows;
  }
}
