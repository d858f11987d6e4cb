package io.sharedo.export.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our module descriptors are enough for a consumer on the module path: a small module that requires
 * only {@code io.sharedo.export.core} and {@code io.sharedo.export.testkit} compiles with
 * {@code -Xlint:all -Werror} and runs a whole export, with no {@code --add-modules}. Its sources are in
 * {@code src/test/module-consumer}.
 */
class ModulePathConsumerTest {

  private static final Set<String> OUR_MODULES = Set.of("io.sharedo.export.core", "io.sharedo.export.testkit");

  @TempDir
  Path dir;

  @Test
  void consumerOnTheModulePathRunsAnExportWithoutAddModules() throws Exception {
    String modulePath = runtimeModulePath(OUR_MODULES);
    Path classes = dir.resolve("classes");
    compile(Path.of("src/test/module-consumer"), classes, compileModulePath(OUR_MODULES));

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(),
        "--module-path", classes + File.pathSeparator + modulePath,
        "--module", "consumer/consumer.ConsumerMain", dir.toString())
        .redirectErrorStream(true)
        .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A bound on a hung child only, so the build cannot wait for ever; not a speed assertion.
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(output).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("sharedo-type/matter")
        .doesNotContain("Exception", "Error:");
    assertThat(dir.resolve("matter.zip")).isRegularFile();
  }

  private static void compile(Path sources, Path classes, String modulePath) throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    List<String> args = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "--module-path", modulePath, "-d", classes.toString()));
    args.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = javac.run(null, err, err, args.toArray(String[]::new));
    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
  }

  /**
   * The module path a consumer of {@code roots} needs to run, resolved from this test's class path the
   * way {@code java} resolves it: only the modules that {@code roots} require, directly or not.
   */
  private static String runtimeModulePath(Set<String> roots) {
    Map<String, Path> available = modulesOnTheClassPath();
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(available.values().toArray(Path[]::new)), ModuleFinder.of(), roots);
    return configuration.modules().stream()
        .map(module -> Path.of(module.reference().location().orElseThrow()).toString())
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * The module path to compile against: javac also reads the {@code requires static} modules of the
   * modules it reads (JUnit's annotations module, for instance), which {@code java} leaves out.
   */
  private static String compileModulePath(Set<String> roots) {
    Map<String, Path> available = modulesOnTheClassPath();
    Set<String> names = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(roots);
    while (!pending.isEmpty()) {
      String name = pending.pop();
      Path location = available.get(name);
      if (location != null && names.add(name)) {
        ModuleFinder.of(location).find(name).orElseThrow().descriptor().requires()
            .forEach(requires -> pending.push(requires.name()));
      }
    }
    return names.stream().map(available::get).map(Path::toString).distinct()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> byModule = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        continue;
      }
      try {
        for (ModuleReference module : ModuleFinder.of(path).findAll()) {
          byModule.putIfAbsent(module.descriptor().name(), path);
        }
      } catch (RuntimeException notAModule) {
        // A class-path entry that cannot be a module (e.g. this module's own test classes): not needed.
      }
    }
    return byModule;
  }
}
