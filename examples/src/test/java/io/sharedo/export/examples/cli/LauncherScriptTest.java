package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static io.sharedo.export.examples.cli.LauncherFixtures.awaitUntil;
import static io.sharedo.export.examples.cli.LauncherFixtures.export;
import static io.sharedo.export.examples.cli.LauncherFixtures.hasArchive;
import static io.sharedo.export.examples.cli.LauncherFixtures.javaWhoseTrainingRuns;
import static io.sharedo.export.examples.cli.LauncherFixtures.javaWhoseTrainingWaitsFor;
import static io.sharedo.export.examples.cli.LauncherFixtures.status;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sharedo.export.examples.cli.LauncherFixtures.Run;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/bin/sharedo-export} runs the packaged jar like {@code java -jar}; when it has no archive
 * for the jar and the Java it starts one background training run that writes it, and later runs map it.
 * Runs after {@code package} (the {@code runnable-jar} tag), since it needs the shaded jar.
 */
@Tag("runnable-jar")
class LauncherScriptTest {
  private static final Path LAUNCHER = Path.of("bin", "sharedo-export");
  /** The shaded jar of this build (its folder follows {@code build.suffix}). */
  private static final Path JAR = Path.of(System.getProperty("sharedo-export.runnableJar", "target/sharedo-export.jar"));

  @TempDir Path work;

  @BeforeAll
  static void needsBashAndTheJar() {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is not installed");
    assertThat(JAR).as("the shaded jar, built in the package phase").isRegularFile();
  }

  private Path cache() {
    return work.resolve("cache").resolve("sharedo-export");
  }

  private Run launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(env, command);
  }

  private Run run(Map<String, String> env, List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
    builder.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString()); // not the developer's servers
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("SHAREDO_EXPORT_JAR", JAR.toAbsolutePath().toString());
    env.forEach((name, value) -> {
      if (value == null) {
        builder.environment().remove(name);
      } else {
        builder.environment().put(name, value);
      }
    });
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish within a minute");
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private List<String> cacheEntries() throws IOException {
    if (!Files.isDirectory(cache())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(cache())) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** Waits until the training run has ended, and returns what it left in the cache. */
  private List<String> afterTraining() throws IOException, InterruptedException {
    awaitUntil("the training run ended", () -> cacheEntries().stream().noneMatch(e -> e.endsWith(".training")));
    return cacheEntries();
  }

  @Test
  void trainsAnArchiveInTheBackgroundAndMapsItOnTheNextRun() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run first = launch(Map.of(), export(server, work.resolve("first")));
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(status(first)).as("standard output stays JSON").isEqualTo("ok");
      assertThat(cacheEntries()).as("the training run has started").anyMatch(e -> e.endsWith(".training"));
      assertThat(afterTraining()).singleElement().satisfies(e -> assertThat(e).endsWith(".jsa"));

      Path classes = work.resolve("classes.log");
      Run second = launch(Map.of("SHAREDO_EXPORT_JAVA_OPTS", "-Xlog:class+load:file=" + classes),
          export(server, work.resolve("second")));
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(status(second)).isEqualTo("ok");
      assertThat(second.err()).as("the JVM says nothing about the archive").isEmpty();
      assertThat(Files.readAllLines(classes, StandardCharsets.UTF_8))
          .as("the tool's own classes come from the archive")
          .anyMatch(l -> l.contains("io.sharedo.export.examples.cli.SharedoExportCli ")
              && l.contains("shared objects file (top)"));
      assertThat(work.resolve("second").resolve("worktype-matter-uat.zip")).isRegularFile();
      assertThat(cacheEntries()).as("no second training").singleElement()
          .satisfies(e -> assertThat(e).endsWith(".jsa"));

      Path gcLog = work.resolve("gc.log");
      Run logged = launch(Map.of("JDK_JAVA_OPTIONS", "-Xlog:gc:file=" + gcLog), export(server, work.resolve("third")));
      assertThat(logged.exitCode()).as(logged.err()).isZero();
      assertThat(status(logged)).as("standard output stays JSON").isEqualTo("ok");
      assertThat(gcLog).as("logging the user set up is left alone").isNotEmptyFile();
    }
  }

  @Test
  void aTrainingRunThatFailsIsNotRepeated() throws Exception {
    // A Java that cannot write an archive (as one without its base CDS archive cannot), and runs anything else.
    Path jdk = javaWhoseTrainingRuns(work, "jdk", "echo 'no base archive' >&2; exit 1");
    Map<String, String> noBaseArchive = Map.of("JAVA_HOME", jdk.toString());
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run first = launch(noBaseArchive, export(server, work.resolve("first")));
      assertThat(first.exitCode()).as("the command itself is not affected: " + first.err()).isZero();
      assertThat(afterTraining()).singleElement().satisfies(e -> assertThat(e).endsWith(".failed"));
      assertThat(Files.readString(cache().resolve(cacheEntries().get(0)))).as("the failure says why")
          .contains("no base archive");

      Run second = launch(noBaseArchive, export(server, work.resolve("second")));
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(cacheEntries()).as("no new training").singleElement().satisfies(e -> assertThat(e).endsWith(".failed"));
    }
  }

  @Test
  void aFailedTrainingIsTriedAgainAfterAWeekNotBefore() throws Exception {
    Path jdk = javaWhoseTrainingRuns(work, "jdk", "echo 'no base archive' >&2; exit 1");
    Map<String, String> noBaseArchive = Map.of("JAVA_HOME", jdk.toString());
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      launch(noBaseArchive, export(server, work.resolve("first")));
      Path failed = cache().resolve(afterTraining().get(0));
      // Whole seconds: some file systems keep no finer times, and the comparison below is exact.
      FileTime sixDaysAgo = FileTime.from(Instant.now().minus(Duration.ofDays(6)).truncatedTo(ChronoUnit.SECONDS));
      Files.setLastModifiedTime(failed, sixDaysAgo);

      launch(noBaseArchive, export(server, work.resolve("second")));
      assertThat(afterTraining()).singleElement().satisfies(e -> assertThat(e).endsWith(".failed"));
      assertThat(Files.getLastModifiedTime(failed)).as("not retried within the week").isEqualTo(sixDaysAgo);

      Files.setLastModifiedTime(failed, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
      Instant retried = Instant.now().minus(Duration.ofMinutes(1));
      launch(noBaseArchive, export(server, work.resolve("third")));
      awaitUntil("a new training run recorded its failure",
          () -> Files.exists(failed) && Files.getLastModifiedTime(failed).toInstant().isAfter(retried));
      assertThat(afterTraining()).singleElement().satisfies(e -> assertThat(e).endsWith(".failed"));
    }
  }

  @Test
  void asPidOneItRunsPlainAndStartsNoTraining() throws Exception {
    // A container's entry point: nothing would reap the training run, and the cache is seldom kept.
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/unshare")), "no unshare");
    Run probe = run(Map.of(), List.of("unshare", "--pid", "--fork", "true"));
    assumeTrue(probe.exitCode() == 0, "no PID namespaces here: " + probe.err());
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      List<String> command = new ArrayList<>(List.of("unshare", "--pid", "--fork", "bash", LAUNCHER.toString()));
      command.addAll(List.of(export(server, work.resolve("out"))));
      Run asPidOne = run(Map.of(), command);

      assertThat(asPidOne.exitCode()).as(asPidOne.err()).isZero();
      assertThat(status(asPidOne)).isEqualTo("ok");
      assertThat(cacheEntries()).as("no training folder, no archive").isEmpty();
    }
  }

  @Test
  void helpAndVersionStartNoTraining() throws Exception {
    Run version = launch(Map.of(), "--version");
    Run help = launch(Map.of(), "export", "--help");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("sharedo-export ");
    assertThat(help.exitCode()).isZero();
    assertThat(cacheEntries()).isEmpty();
  }

  @Test
  void runsWithoutAnArchiveWhenToldToOrWithNowhereToKeepOne() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run off = launch(Map.of("SHAREDO_EXPORT_CDS", "off"), export(server, work.resolve("off")));
      Map<String, String> noHome = new java.util.HashMap<>();
      noHome.put("HOME", null);
      noHome.put("XDG_CACHE_HOME", null);
      Run homeless = launch(noHome, export(server, work.resolve("homeless")));
      // A ':' separates two archives in -XX:SharedArchiveFile, so such a cache cannot hold one.
      Path colon = work.resolve("a:b");
      Run colonCache = launch(Map.of("XDG_CACHE_HOME", colon.toString()), export(server, work.resolve("colon")));

      assertThat(off.exitCode()).as(off.err()).isZero();
      assertThat(homeless.exitCode()).as(homeless.err()).isZero();
      assertThat(status(homeless)).isEqualTo("ok");
      assertThat(colonCache.exitCode()).as(colonCache.err()).isZero();
      assertThat(cacheEntries()).isEmpty();
      assertThat(colon).doesNotExist();
    }
  }

  @Test
  void passesTheToolsExitCodeAndSaysWhenTheJarIsMissing() throws Exception {
    Run usage = launch(Map.of("SHAREDO_EXPORT_CDS", "off"), "export", "--system-name", "matter");
    assertThat(usage.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(usage.err()).contains("--type");

    Run missing = launch(Map.of("SHAREDO_EXPORT_JAR", work.resolve("none.jar").toString()), "--version");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no jar at").contains("mvn -B -q -pl examples -am package");
  }

  @Test
  void theTrainingRunHoldsNoneOfTheCallersDescriptorsBeyondTheStandardThree() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs /proc");
    Path release = work.resolve("release");
    Path jdk = javaWhoseTrainingWaitsFor(work, release);
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      // The launcher under a shell that gives it a fourth descriptor, as a caller reading a pipe would.
      String command = "exec 3>" + work.resolve("three.txt") + " 7<" + JAR.toAbsolutePath()
          + "; exec bash " + LAUNCHER + " \"$@\"";
      List<String> shell = new ArrayList<>(List.of("bash", "-c", command, "launcher"));
      shell.addAll(List.of(export(server, work.resolve("out"))));
      Run run = run(Map.of("JAVA_HOME", jdk.toString()), shell);
      assertThat(run.exitCode()).as(run.err()).isZero();

      List<String> entries = cacheEntries();
      Path training = entries.stream().filter(e -> e.endsWith(".training")).map(cache()::resolve)
          .findFirst().orElseThrow(() -> new AssertionError("no training run: " + entries));
      // The training run writes it as it starts.
      awaitUntil("the training run wrote its pid", () -> Files.exists(training.resolve("pid")));
      long pid = Long.parseLong(Files.readString(training.resolve("pid")).trim());
      try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
        assertThat(fds.map(fd -> fd.getFileName().toString()).sorted()).containsExactly("0", "1", "2");
      } finally {
        Files.createFile(release);
      }
      assertThat(afterTraining()).singleElement().satisfies(e -> assertThat(e).endsWith(".failed"));
    }
  }

  @Test
  void leftoverTrainingFoldersGoUnlessTheirRunIsAlive() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path killed = Files.createDirectories(cache().resolve("sharedo-export-1-killed.training"));
    Files.writeString(killed.resolve("pid"), ended.pid() + "\n");
    Path alive = Files.createDirectories(cache().resolve("sharedo-export-1-alive.training"));
    Files.writeString(alive.resolve("pid"), ProcessHandle.current().pid() + "\n");
    Path starting = Files.createDirectories(cache().resolve("sharedo-export-1-starting.training"));
    Path release = work.resolve("release");
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run run = launch(Map.of("JAVA_HOME", javaWhoseTrainingWaitsFor(work, release).toString()),
          export(server, work.resolve("out")));
      Files.createFile(release);
      // Only the new run ends (the other folders stay), leaving its failure.
      awaitUntil("the training run ended", () -> cacheEntries().stream().anyMatch(e -> e.endsWith(".failed")));
      List<String> left = cacheEntries();

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(killed).as("its run has ended").doesNotExist();
      assertThat(alive).as("its run is alive").isDirectory();
      assertThat(starting).as("too young to have written its pid").isDirectory();
      assertThat(left).anyMatch(e -> e.endsWith(".failed"));
    }
  }

  @Test
  void aNewArchiveReplacesThoseOfEarlierBuildsAndUnusedOnesButNotThoseForAnotherJava() throws Exception {
    Path jar = JAR.toAbsolutePath();
    long hash = 5381;
    for (byte b : jar.toString().getBytes(StandardCharsets.UTF_8)) { // the launcher hashes bytes
      hash = (hash * 33 + (b & 0xFF)) & 0xFFFFFFFFL;
    }
    String build = "sharedo-export-" + hash + "-" + Files.size(jar) + "-"
        + Files.getLastModifiedTime(jar).toMillis() / 1000;
    Files.createDirectories(cache());
    Path earlierBuild = Files.createFile(cache().resolve("sharedo-export-" + hash + "-1-2-3-4-5-6.jsa"));
    Path anotherJava = Files.createFile(cache().resolve(build + "-7-8-9-10.jsa"));
    Path unused = Files.createFile(cache().resolve("sharedo-export-42-1-2-3-4-5-6.jsa"));
    Files.setAttribute(unused, "lastAccessTime",
        java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(Duration.ofDays(40))));
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run run = launch(Map.of(), export(server, work.resolve("out")));
      assertThat(run.exitCode()).as(run.err()).isZero();

      List<String> left = afterTraining();
      assertThat(earlierBuild).doesNotExist();
      assertThat(unused).doesNotExist();
      assertThat(anotherJava).exists();
      assertThat(left).hasSize(2).allSatisfy(e -> assertThat(e).startsWith(build + "-").endsWith(".jsa"));
    }
  }

  @Test
  void aRelativeCacheFolderIsIgnoredAsXdgSays() throws Exception {
    Path cwd = Files.createDirectories(work.resolve("cwd"));
    Path home = work.resolve("home");
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      List<String> shell = new ArrayList<>(List.of("bash", "-c",
          "cd \"$0\" && exec bash \"$1\" \"${@:2}\"", cwd.toString(), LAUNCHER.toAbsolutePath().toString()));
      shell.addAll(List.of(export(server, work.resolve("out"))));
      Run run = run(Map.of("XDG_CACHE_HOME", "relcache", "HOME", home.toString()), shell);
      assertThat(run.exitCode()).as(run.err()).isZero();

      Path homeCache = home.resolve(".cache").resolve("sharedo-export");
      awaitUntil("the training run wrote its archive under HOME", () -> hasArchive(homeCache));
      assertThat(cwd.resolve("relcache")).as("nothing in the current folder").doesNotExist();
    }
  }

  @Test
  void aJarNamedByARelativePathIsTrainedAndMappedToo() throws Exception {
    String relative = Path.of("").toAbsolutePath().relativize(JAR.toAbsolutePath()).toString();
    Map<String, String> env = Map.of("SHAREDO_EXPORT_JAR", relative);
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Run first = launch(env, export(server, work.resolve("first")));
      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(afterTraining()).as("the training run, in a folder of its own, still finds the jar")
          .singleElement().satisfies(e -> assertThat(e).endsWith(".jsa"));

      Path classes = work.resolve("classes.log");
      Map<String, String> logged = new java.util.HashMap<>(env);
      logged.put("SHAREDO_EXPORT_JAVA_OPTS", "-Xlog:class+load:file=" + classes);
      Run second = launch(logged, export(server, work.resolve("second")));
      assertThat(second.exitCode()).as(second.err()).isZero();
      assertThat(Files.readAllLines(classes, StandardCharsets.UTF_8)).as("the archive is mapped")
          .anyMatch(l -> l.contains("io.sharedo.export.examples.cli.SharedoExportCli ")
              && l.contains("shared objects file (top)"));
    }
  }
}
