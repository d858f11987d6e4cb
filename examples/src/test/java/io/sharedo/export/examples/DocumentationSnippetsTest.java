package io.sharedo.export.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java example in the READMEs, docs and public javadoc is a copy of a region of a compiled source
 * file, so it cannot drift from the code. An example is preceded by a marker naming its source:
 * {@code <!-- snippet: examples/src/main/java/.../ExportFromCode.java#client -->} (a path from the
 * repository root, and optionally a region that the file delimits with {@code // [START client]} and
 * {@code // [END client]} lines). Without a region the example is the whole file after its
 * {@code package} line. Examples are compared after removing common indentation.
 */
class DocumentationSnippetsTest {

  private static final Pattern MARKER = Pattern.compile("<!-- snippet: ([^#\\s]+)(?:#(\\S+))? -->");
  private static final Path ROOT = repositoryRoot();

  @Test
  void everyJavaBlockInTheMarkdownDocsIsAMarkedCopyOfCompiledSource() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> modules = Files.list(ROOT)) {
      modules.map(module -> module.resolve("README.md")).filter(Files::isRegularFile).forEach(files::add);
    }
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(doc -> doc.toString().endsWith(".md")).forEach(files::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      examples.addAll(markdownExamples(file));
    }

    assertThat(examples).as("Java blocks in the READMEs").isNotEmpty();
    examples.forEach(DocumentationSnippetsTest::assertMatchesItsSource);
  }

  @Test
  void everyCodeExampleInPublicJavadocIsAMarkedCopyOfCompiledSource() throws IOException {
    List<Example> examples = new ArrayList<>();
    for (String module : List.of("sharedo-export-api", "sharedo-export-core", "sharedo-export-testkit")) {
      try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        for (Path source : sources.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.toString().contains("/internal/")).collect(Collectors.toList())) {
          examples.addAll(javadocExamples(source));
        }
      }
    }

    assertThat(examples).as("javadoc examples").isNotEmpty();
    examples.forEach(DocumentationSnippetsTest::assertMatchesItsSource);
  }

  private static void assertMatchesItsSource(Example example) {
    assertThat(example.marker()).as("%s line %d: a Java example needs a snippet marker before it (see %s)",
        ROOT.relativize(example.file()), example.line(), DocumentationSnippetsTest.class.getSimpleName())
        .isNotNull();
    Matcher marker = MARKER.matcher(example.marker());
    assertThat(marker.find()).as("%s line %d: malformed marker %s", example.file(), example.line(),
        example.marker()).isTrue();
    Path source = ROOT.resolve(marker.group(1));
    assertThat(source).as("%s line %d: the snippet's source", example.file(), example.line()).isRegularFile();
    String expected = normalize(region(read(source), marker.group(2), source));

    assertThat(normalize(example.code()))
        .as("%s line %d is a copy of %s; paste the source's current text", ROOT.relativize(example.file()),
            example.line(), marker.group(1) + (marker.group(2) == null ? "" : "#" + marker.group(2)))
        .isEqualTo(expected);
  }

  private static List<Example> markdownExamples(Path file) {
    List<String> lines = read(file);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("```java")) {
        int start = i;
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
          code.append(lines.get(i)).append('\n');
        }
        examples.add(new Example(file, start + 1, markerBefore(lines, start), code.toString()));
      }
    }
    return examples;
  }

  private static List<Example> javadocExamples(Path file) {
    List<String> lines = read(file);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("* <pre>{@code")) {
        int start = i;
        StringBuilder code = new StringBuilder();
        for (i++; i < lines.size() && !lines.get(i).strip().equals("* }</pre>"); i++) {
          code.append(lines.get(i).replaceFirst("^\\s*\\* ?", "")).append('\n');
        }
        String marker = markerBefore(lines, start);
        examples.add(new Example(file, start + 1, marker, code.toString()));
      }
    }
    return examples;
  }

  private static String markerBefore(List<String> lines, int index) {
    if (index == 0) {
      return null;
    }
    String previous = lines.get(index - 1);
    return MARKER.matcher(previous).find() ? previous : null;
  }

  private static String region(List<String> source, String name, Path file) {
    List<String> kept = new ArrayList<>();
    boolean inside = name == null;
    boolean found = name == null;
    // A whole file is shown from below its package line (a file in the unnamed package, from its start).
    boolean pastPackage = name != null || source.stream().noneMatch(line -> line.startsWith("package "));
    for (String line : source) {
      String stripped = line.strip();
      if (!pastPackage) {
        pastPackage = stripped.startsWith("package ");
        continue;
      }
      if (stripped.equals("// [START " + name + "]")) {
        inside = true;
        found = true;
      } else if (stripped.equals("// [END " + name + "]")) {
        inside = false;
      } else if (inside && !stripped.matches("// \\[(START|END) \\S+]")) {
        kept.add(line);
      }
    }
    assertThat(found).as("%s has a region %s", file, name).isTrue();
    return String.join("\n", kept);
  }

  /** Without common indentation, trailing spaces and surrounding blank lines. */
  static String normalize(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).collect(Collectors.toList());
    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
      lines.remove(0);
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    int indent = lines.stream().filter(l -> !l.isEmpty())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).collect(Collectors.joining("\n"));
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("sharedo-export-api"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above the working directory").isNotNull();
    return dir;
  }

  private record Example(Path file, int line, String marker, String code) {}
}
