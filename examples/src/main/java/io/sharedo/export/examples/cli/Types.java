package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportType;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * Reads and writes export types the way a person types them: {@code worktype}, {@code workflow},
 * {@code form}, {@code configuration}. Stateless, thread-safe.
 */
final class Types {

  private Types() {}

  /**
   * Parses a type name, ignoring case, dashes and underscores ({@code work-type} is {@code worktype}).
   *
   * @param text the name
   * @param where the file and line, for the error message
   * @return the type
   * @throws UsageException when the name is not a type
   */
  static ExportType parse(String text, String where) {
    String wanted = text.strip().replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
    for (ExportType type : ExportType.values()) {
      if (type.name().equals(wanted)) {
        return type;
      }
    }
    throw new UsageException(where + ": unknown type '" + text + "' (expected " + names() + ")");
  }

  /**
   * Converts an option's value ({@code --type}), for picocli: the error lists the types as
   * {@code --help} and the rest of the tool write them, in lower case.
   *
   * @param text the value
   * @return the type
   * @throws CommandLine.TypeConversionException when the value is not a type
   */
  static ExportType fromOption(String text) {
    try {
      return parse(text, "--type");
    } catch (UsageException e) {
      throw new CommandLine.TypeConversionException("unknown type '" + text + "' (expected " + names() + ")");
    }
  }

  /**
   * The lower-case name of a type, as the tool prints it and uses in file names.
   *
   * @param type the type
   * @return for example {@code worktype}
   */
  static String label(ExportType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  /**
   * All type names, for messages.
   *
   * @return for example {@code worktype, workflow, form or configuration}
   */
  static String names() {
    String all = Arrays.stream(ExportType.values()).map(Types::label).collect(Collectors.joining(", "));
    int last = all.lastIndexOf(", ");
    return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
  }
}
