package io.sharedo.export.examples.cli;

import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.core.compare.ComparisonRenderer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a comparison report to standard output or to a file. A file appears only complete: the
 * report is written beside it first and moved into place, so a failure never leaves half a report.
 * Stateless, thread-safe.
 */
final class ReportFile {

  private ReportFile() {}

  /**
   * Checks, before any export runs, that the report can be written: that its folder can be created
   * and written. Folders it creates to find out are removed again; the report creates them for good.
   *
   * @param file the report file, or null for standard output
   * @throws UsageException when it cannot be written
   */
  static void checkWritable(Path file) {
    if (file == null) {
      return;
    }
    if (Files.isDirectory(file)) {
      throw new UsageException("--output " + file + " is a folder; name the report file");
    }
    CreatedFolders.create(file.toAbsolutePath().getParent(), "--output").removeIfEmpty();
  }

  private static UsageException cannotWrite(Path file, IOException e) {
    return new UsageException("cannot write the report to " + file + ": " + FileProblems.reason(e)
        + "; choose a folder you can write (--output)");
  }

  /**
   * Writes the report.
   *
   * @param context the run
   * @param renderer the format
   * @param result what to render
   * @param file the file, or null for standard output
   * @throws UsageException when the file cannot be written
   */
  static void write(CliContext context, ComparisonRenderer renderer, ComparisonResult result, Path file) {
    if (file == null) {
      // Reports show package content, which the server wrote: no control character reaches the terminal.
      String text = PrintableText.block(renderer.render(result));
      context.out().print(text.endsWith("\n") ? text : text + "\n");
      context.out().flush();
      return;
    }
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = Files.createFile(FileProblems.uniqueSibling(folder, "." + target.getFileName()));
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        renderer.render(result, writer);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // Best effort: the error that got us here is the one worth reporting.
        }
      }
    }
  }
}
