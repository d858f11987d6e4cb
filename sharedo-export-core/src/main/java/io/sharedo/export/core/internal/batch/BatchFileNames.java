package io.sharedo.export.core.internal.batch;

import io.sharedo.export.ExportParams;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names the package file of every item of a batch kept in an output folder:
 * {@code <type>-<systemName>-<environment>.zip}, characters unsafe in a file name replaced by
 * {@code _}; items that would share a name (ignoring case, as Windows and macOS do) get {@code -2},
 * {@code -3}, ... in input order, so one run never overwrites its own packages. Stateless.
 */
final class BatchFileNames {
  private BatchFileNames() {}

  /**
   * The destination of every item.
   *
   * @param items the batch, in input order
   * @param folder the output folder, or null
   * @return one destination per item, or a list of nulls when there is no folder
   */
  static List<Path> assign(List<ExportParams> items, @Nullable Path folder) {
    if (folder == null) {
      return Arrays.asList(new Path[items.size()]);
    }
    Set<String> taken = new HashSet<>();
    List<Path> paths = new ArrayList<>(items.size());
    for (ExportParams item : items) {
      String base = safe(item.type().name().toLowerCase(Locale.ROOT)) + "-" + safe(item.systemName()) + "-"
          + safe(item.environment());
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "-" + n;
      }
      paths.add(folder.resolve(name + ".zip"));
    }
    return paths;
  }

  /** Keeps letters, digits, dot, dash and underscore; a leading dot would hide the file. */
  private static String safe(String part) {
    String cleaned = part.replaceAll("[^A-Za-z0-9._-]", "_");
    return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
  }
}
