package io.sharedo.export.core.pkg;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.component.Component;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.internal.pkg.StepFiles;
import io.sharedo.export.core.internal.text.TerminalText;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses one exported step's JSON document, as a package's step file or a server's answer holds
 * it, into its component: the same rules {@link PackageReader} applies to every step file (see
 * {@code docs/PACKAGE-FORMAT.md}). For a single work type document that no package manifest
 * describes, such as the configuration export API's answer:
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/PackageSnippets.java#StepParser -->
 * <pre>{@code
 * WorkType matter = StepParser.parseWorkType(responseBody, "the configuration export of matter");
 * matter.roles().forEach(r -> System.out.println(r.participantRoleSystemName()));
 * }</pre>
 *
 * <p>The caller bounds the document's size: it is parsed in memory. Failures are
 * {@code EXPORT_006} (VALIDATION_FAILED) naming the document and what is wrong; null arguments
 * raise {@link IllegalArgumentException}. Thread-safe: no state.
 */
public final class StepParser {
  private StepParser() {}

  /**
   * Parses a {@code sharedo-type} step document into a work type named by its
   * {@code BaseSharedo.SystemName}.
   *
   * @param json the document (UTF-8, a byte-order mark allowed)
   * @param source what the document is, for messages, for example {@code "the answer of uat"}
   * @return the work type, its whole document kept as its properties
   * @throws ExportException {@code EXPORT_006} when the document is not valid JSON, not an object,
   *     has no {@code BaseSharedo.SystemName}, or a typed section of the wrong shape
   * @throws IllegalArgumentException when an argument is null
   */
  public static WorkType parseWorkType(byte[] json, String source) {
    notNull(json, "json");
    notNull(source, "source");
    return StepFiles.parseWorkType(json, (problem, cause) -> invalid(source, problem, cause));
  }

  /**
   * Parses a {@code sharedo-type} step document given as text.
   *
   * @param json the document
   * @param source what the document is, for messages
   * @return the work type
   * @throws ExportException as {@link #parseWorkType(byte[], String)}
   * @throws IllegalArgumentException when an argument is null
   */
  public static WorkType parseWorkType(String json, String source) {
    return parseWorkType(notNull(json, "json").getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Parses the step file of a manifest step: a {@link WorkType} for {@code sharedo-type}, a
   * {@link io.sharedo.export.component.RawComponent} for any other provider.
   *
   * @param step the manifest step the document belongs to (its provider and selector decide the
   *     component's type and identity)
   * @param json the document
   * @param source what the document is, for messages
   * @return the component
   * @throws ExportException {@code EXPORT_006} when the document is wrong
   * @throws IllegalArgumentException when an argument is null
   */
  public static Component parse(ManifestStep step, byte[] json, String source) {
    notNull(step, "step");
    notNull(json, "json");
    notNull(source, "source");
    return StepFiles.parse(step, json, (problem, cause) -> invalid(source, problem, cause));
  }

  private static ExportException invalid(String source, String problem, @Nullable Throwable cause) {
    // The document and its source come from a server: no control character reaches a message.
    return new ExportException(ExportErrorCode.VALIDATION_FAILED, TerminalText.escape(source + " " + problem)
        + "; it is not a ShareDo step document, or was damaged", Map.of("document", TerminalText.escape(source)), cause);
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " cannot be null");
    }
    return value;
  }
}
