package io.sharedo.export.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Puts one small program's class files (the class and its nested ones), and nothing else, in a folder
 * of their own, so a figure's child JVM loads them without the benchmarks jar and its libraries: they
 * are copied out of that jar (or its {@code target/classes} when run from an IDE).
 */
final class ProgramClasses {
  private final String prefix;

  private ProgramClasses(Class<?> program) {
    this.prefix = program.getName().replace('.', '/');
  }

  /**
   * Copies the program's class files under {@code dir}, in their package's folders.
   *
   * @param program the program's main class
   * @param dir an empty or missing folder
   * @return {@code dir}, the class path to run the program from
   * @throws IOException when the classes cannot be found or copied
   */
  static Path copy(Class<?> program, Path dir) throws IOException {
    Path source;
    try {
      source = Path.of(program.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the benchmarks' classes", e);
    }
    ProgramClasses classes = new ProgramClasses(program);
    int copied = Files.isDirectory(source) ? classes.fromFolder(source, dir) : classes.fromJar(source, dir);
    if (copied == 0) {
      throw new IOException("found no class file of " + classes.prefix + " in " + source);
    }
    return dir;
  }

  private int fromJar(Path jar, Path dir) throws IOException {
    int copied = 0;
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        if (isProgramClass(entry.getName())) {
          try (InputStream in = zip.getInputStream(entry)) {
            write(in, dir.resolve(entry.getName()));
          }
          copied++;
        }
      }
    }
    return copied;
  }

  private int fromFolder(Path classes, Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> isProgramClass(classes.relativize(p).toString().replace('\\', '/'))).toList();
    }
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        write(in, dir.resolve(classes.relativize(file).toString()));
      }
    }
    return files.size();
  }

  private boolean isProgramClass(String name) {
    return name.endsWith(".class") && (name.equals(prefix + ".class") || name.startsWith(prefix + "$"));
  }

  private static void write(InputStream in, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    Files.copy(in, target);
  }
}
