package io.sharedo.export.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads the items of a batch: one item per line, either CSV ({@code type,systemName,environment},
 * with an optional header line naming those columns in any order) or a JSON object per line
 * ({@code {"type":"worktype","systemName":"matter","environment":"uat"}}); the two may be mixed.
 * Blank lines and lines starting with {@code #} are skipped. A bad line is a {@link UsageException}
 * naming the file and the line number. Stateless, thread-safe.
 */
final class ItemsFile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> COLUMNS = List.of("type", "systemname", "environment");
  private static final String EXAMPLE_JSON = "{\"type\":\"worktype\",\"systemName\":\"matter\",\"environment\":\"uat\"}";

  private ItemsFile() {}

  /**
   * Reads and parses a file (UTF-8).
   *
   * @param file the items file
   * @param options the export options every item gets
   * @return the items, in file order; never empty
   * @throws UsageException when the file cannot be read, is empty, or has a bad line
   */
  static List<ExportParams> read(Path file, ExportOptions options) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new UsageException("items file " + file + " does not exist");
    } catch (CharacterCodingException e) {
      throw new UsageException("items file " + file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new UsageException("cannot read items file " + file + ": " + e.getMessage());
    }
    return parse(file.getFileName().toString(), lines, options);
  }

  /**
   * Parses lines already read.
   *
   * @param source the name used in error messages
   * @param lines the lines
   * @param options the export options every item gets
   * @return the items, in line order; never empty
   * @throws UsageException when there is no item or a line is bad
   */
  static List<ExportParams> parse(String source, List<String> lines, ExportOptions options) {
    List<ExportParams> items = new ArrayList<>();
    int[] order = null; // column index of type, systemName, environment; null until known
    boolean seenContent = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + (i + 1);
      if (line.startsWith("{")) {
        items.add(fromJson(where, line, options));
      } else {
        List<String> fields = CsvLine.split(where, line);
        if (!seenContent && isHeader(fields)) {
          order = headerOrder(where, fields);
        } else {
          items.add(fromCsv(where, fields, order, options));
        }
      }
      seenContent = true;
    }
    if (items.isEmpty()) {
      throw new UsageException(source + " holds no items: write one type,systemName,environment per line");
    }
    return List.copyOf(items);
  }

  private static boolean isHeader(List<String> fields) {
    return fields.stream().anyMatch(f -> normalise(f).equals("systemname"));
  }

  private static int[] headerOrder(String where, List<String> fields) {
    for (String field : fields) {
      if (!COLUMNS.contains(normalise(field))) {
        throw new UsageException(where + ": unknown column '" + field.strip()
            + "' in the header (expected type, systemName and environment)");
      }
    }
    if (fields.size() != COLUMNS.size()) {
      throw new UsageException(where + ": the header must name each of type, systemName and environment once");
    }
    int[] order = new int[COLUMNS.size()];
    for (int c = 0; c < COLUMNS.size(); c++) {
      order[c] = -1;
      for (int f = 0; f < fields.size(); f++) {
        if (normalise(fields.get(f)).equals(COLUMNS.get(c))) {
          order[c] = f;
        }
      }
      if (order[c] < 0) {
        throw new UsageException(where + ": the header must name the columns type, systemName and environment");
      }
    }
    return order;
  }

  private static String normalise(String column) {
    return column.strip().replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  private static ExportParams fromCsv(String where, List<String> fields, int[] order, ExportOptions options) {
    // With a header or without, a line has exactly the three columns: an extra one is a mistake, not a comment.
    if (fields.size() != 3) {
      throw new UsageException(where + ": expected 3 fields type,systemName,environment but found " + fields.size());
    }
    int[] columns = order == null ? new int[] {0, 1, 2} : order;
    String[] values = new String[3];
    for (int c = 0; c < 3; c++) {
      values[c] = fields.get(columns[c]).strip();
    }
    return item(where, values[0], values[1], values[2], options);
  }

  private static ExportParams fromJson(String where, String line, ExportOptions options) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      // Jackson's own message names its internals (features, source redaction): say it the user's way.
      String column = e.getLocation() == null || e.getLocation().getColumnNr() < 1 ? ""
          : " at column " + e.getLocation().getColumnNr();
      throw new UsageException(where + ": not valid JSON" + column
          + "; write one object per line, such as " + EXAMPLE_JSON);
    }
    if (!node.isObject()) {
      throw new UsageException(where + ": expected a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!List.of("type", "systemName", "environment").contains(name)) {
        throw new UsageException(where + ": unknown field \"" + name + "\" (expected type, systemName, environment)");
      }
    }
    return item(where, text(where, node, "type"), text(where, node, "systemName"), text(where, node, "environment"),
        options);
  }

  private static String text(String where, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new UsageException(where + ": \"" + field + "\" must be a string");
    }
    return value.asText().strip();
  }

  private static ExportParams item(String where, String type, String systemName, String environment,
      ExportOptions options) {
    if (systemName.isEmpty()) {
      throw new UsageException(where + ": the system name is empty");
    }
    if (environment.isEmpty()) {
      throw new UsageException(where + ": the environment is empty");
    }
    return ExportParams.builder()
        .type(Types.parse(type, where))
        .systemName(systemName)
        .environment(environment)
        .options(options)
        .build();
  }
}
