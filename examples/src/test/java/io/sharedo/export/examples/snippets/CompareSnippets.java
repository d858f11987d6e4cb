package io.sharedo.export.examples.snippets;

import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.compare.ComparisonRenderer;
import io.sharedo.export.core.compare.ExportComparator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The examples on the comparison's javadoc pages and in docs/COMPARE.md. */
final class CompareSnippets {

  private CompareSnippets() {}

  static ComparisonResult comparator(ExportPackage uatPackage, ExportPackage prodPackage) {
    // [START ExportComparator]
    ExportComparator comparator = ExportComparator.create(CompareOptions.defaults());
    ComparisonResult diff = comparator.compare("uat", uatPackage, "prod", prodPackage);
    // [END ExportComparator]
    return diff;
  }

  static void renderer(ComparisonResult diff) throws IOException {
    // [START ComparisonRenderer]
    try (Writer out = Files.newBufferedWriter(Path.of("diff.html"))) {
      ComparisonRenderer.html().render(diff, out);
    }
    // [END ComparisonRenderer]
  }

  static void comparePackage(ExportPackage uatPackage, ExportPackage prodPackage) throws IOException {
    // [START compare-package]
    ExportComparator comparator = ExportComparator.create(CompareOptions.defaults().ignoring(Set.of("Owner")));
    ComparisonResult diff = comparator.compare("uat", uatPackage, "prod", prodPackage);
    if (diff.hasDifferences()) {
      System.out.print(ComparisonRenderer.text().render(diff));
      try (Writer out = Files.newBufferedWriter(Path.of("uat-vs-prod.html"))) {
        ComparisonRenderer.html().render(diff, out);
      }
    }
    // [END compare-package]
  }

  static void compareDoc(ExportPackage uatPackage, ExportPackage prodPackage) throws IOException {
    // [START COMPARE.md]
    ExportComparator comparator = ExportComparator.ofDefaults();
    ComparisonResult diff = comparator.compare("uat", uatPackage, "prod", prodPackage);
    System.out.print(ComparisonRenderer.text().render(diff));
    try (Writer out = Files.newBufferedWriter(Path.of("uat-vs-prod.html"))) {
      ComparisonRenderer.html().render(diff, out);
    }
    // [END COMPARE.md]
  }
}
