package io.sharedo.export.core.compare;

import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.core.internal.compare.HtmlComparisonRenderer;
import io.sharedo.export.core.internal.compare.JsonComparisonRenderer;
import io.sharedo.export.core.internal.compare.TextComparisonRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Turns a {@link ComparisonResult} into something a person or a program reads: {@link #text()}
 * (a {@code git diff --stat}-like summary, then each difference), {@link #json()} (stable,
 * machine-readable, with the counts) or {@link #html()} (one self-contained file with inline CSS,
 * no scripts and no external assets; every value escaped). Values are shown as compact JSON.
 *
 * <!-- snippet: examples/src/test/java/io/sharedo/export/examples/snippets/CompareSnippets.java#ComparisonRenderer -->
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("diff.html"))) {
 *   ComparisonRenderer.html().render(diff, out);
 * }
 * }</pre>
 *
 * <p>The built-in renderers are stateless and thread-safe. They write to the given writer and
 * flush it, but never close it.
 */
public interface ComparisonRenderer {

  /**
   * Writes the rendering of a result.
   *
   * @param result the comparison to render
   * @param out where to write; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when an argument is null
   */
  void render(ComparisonResult result, Writer out) throws IOException;

  /**
   * The rendering of a result as a string.
   *
   * @param result the comparison to render
   * @return the rendering
   * @throws IllegalArgumentException when result is null
   */
  default String render(ComparisonResult result) {
    StringWriter out = new StringWriter();
    try {
      render(result, out);
    } catch (IOException e) {
      // A StringWriter never fails; only a broken custom renderer gets here.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Plain text: a summary of counts, one line per added, removed or changed component with a
   * {@code +}/{@code -}/{@code ~} bar, then each difference as {@code pointer: left → right}.
   *
   * @return the text renderer
   */
  static ComparisonRenderer text() {
    return TextComparisonRenderer.INSTANCE;
  }

  /**
   * JSON (pretty-printed, stable field order): the labels, the counts, and every component with
   * its differences.
   *
   * @return the JSON renderer
   */
  static ComparisonRenderer json() {
    return JsonComparisonRenderer.INSTANCE;
  }

  /**
   * One self-contained HTML page: a summary table, then a section per changed component.
   *
   * @return the HTML renderer
   */
  static ComparisonRenderer html() {
    return HtmlComparisonRenderer.INSTANCE;
  }

  /**
   * The renderer for a format name, as a command line would take it.
   *
   * @param format {@code "text"}, {@code "json"} or {@code "html"} (case-insensitive)
   * @return the matching renderer
   * @throws IllegalArgumentException when the name is null or unknown
   */
  static ComparisonRenderer forFormat(String format) {
    if (format == null) {
      throw new IllegalArgumentException("format cannot be null");
    }
    switch (format.trim().toLowerCase(Locale.ROOT)) {
      case "text":
        return text();
      case "json":
        return json();
      case "html":
        return html();
      default:
        throw new IllegalArgumentException("format must be text, json or html, was " + format);
    }
  }
}
