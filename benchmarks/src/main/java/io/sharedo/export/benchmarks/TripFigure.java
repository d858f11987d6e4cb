package io.sharedo.export.benchmarks;

import io.sharedo.export.testkit.internal.FakeShareDoMain;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Figure 7: the whole trip as a user runs it, {@code java -jar examples/target/sharedo-export.jar
 * export ...} (JVM start included), against the bash + curl script a user would write instead
 * ({@code export-with-curl.sh}: token, create, poll every 0.5 s, download, {@code unzip -t}), both
 * against the testkit's runnable server ({@link FakeShareDoMain}, 2 s jobs, demo {@code matter}).
 * They run alternately, median of 5 each after one warm-up of each; the server's request log says
 * how many progress requests each made and, by arrival time, where the CLI's time went. The verdict is
 * the {@code java -jar} one, as the issue asks; the notes add the launcher {@code examples/bin/sharedo-export}
 * (the same jar with the class-data archive its first export writes), measured the same way, and two
 * references run alternately with the script and the CLI: the floor any Java client on the JDK
 * {@code HttpClient} starts from ({@link MinimalJavaTrip}) and the library without the command line
 * ({@link LibraryTrip}).
 */
final class TripFigure {
  private static final String TARGET = "<= 1.15x the script's wall time, fewer progress requests";
  private static final int RUNS = 5;

  private TripFigure() {}

  static Figure run(Path work) throws Exception {
    String name = "export trip: CLI jar vs bash+curl script, 2 s jobs";
    Path jar = Path.of(System.getProperty("sharedo.cliJar", "examples/target/sharedo-export.jar"));
    if (!Files.isRegularFile(jar)) {
      return Figure.skipped(name, TARGET, "no " + jar + ": build it first (mvn -B -q -pl examples -am package"
          + " -DskipTests) and run from the repository root, or pass -Dsharedo.cliJar=PATH");
    }
    for (String tool : List.of("bash", "curl", "unzip")) {
      if (!ExternalTool.available(tool)) {
        return Figure.skipped(name, TARGET, tool + " not installed");
      }
    }
    Path script = work.resolve("export-with-curl.sh");
    try (InputStream in = TripFigure.class.getResourceAsStream("export-with-curl.sh")) {
      Files.copy(in, script);
    }
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    try (FakeShareDoServer server = FakeShareDoMain.launch(quiet, "--port", "0", "--job-duration", "2s");
        RequestTimeline timeline = new RequestTimeline(server)) {
      String base = server.baseUrl(FakeServers.ENVIRONMENT).toString();
      String identity = server.identityUrl().toString();
      List<String> scriptCommand = List.of("bash", script.toString(), identity, base, server.clientId(),
          server.clientSecret(), work.resolve("script.zip").toString());
      List<String> cli = cliCommand(jar, List.of(), base, identity, server, work.resolve("cli"));
      List<String> minimal = List.of(javaBinary(), "-cp", ProgramClasses.copy(MinimalJavaTrip.class,
          work.resolve("minimal-classes")).toString(), MinimalJavaTrip.class.getName(), identity, base,
          server.clientId(), server.clientSecret(), work.resolve("minimal.zip").toString());
      List<String> library = List.of(javaBinary(), "-cp", ProgramClasses.copy(LibraryTrip.class,
          work.resolve("library-classes")) + File.pathSeparator + jar, LibraryTrip.class.getName(), identity, base,
          server.clientId(), server.clientSecret(), Files.createDirectories(work.resolve("library")).toString());
      List<Trip> scripts = new ArrayList<>();
      List<Trip> clis = new ArrayList<>();
      List<Trip> minimals = new ArrayList<>();
      List<Trip> libraries = new ArrayList<>();
      List<List<String>> commands = List.of(scriptCommand, cli, minimal, library);
      List<List<Trip>> trips = List.of(scripts, clis, minimals, libraries);
      for (int round = -1; round < RUNS; round++) {
        // Each round starts with the next of the four, so no tool always runs first (or after the same one).
        for (int k = 0; k < commands.size(); k++) {
          int which = Math.floorMod(round + k, commands.size());
          Trip trip = Trip.run(commands.get(which), timeline);
          if (round >= 0) {
            trips.get(which).add(trip);
          }
        }
      }
      // The launcher as shipped: its first export (not counted) starts the training run that writes the
      // archive; once that has ended, the others map it.
      Path launcher = Path.of(System.getProperty("sharedo.cliLauncher", "examples/bin/sharedo-export"));
      List<Trip> cds = new ArrayList<>();
      List<Trip> cdsC1 = new ArrayList<>();
      Path cache = work.resolve("cds-cache");
      if (Files.isRegularFile(launcher)) {
        Trip.run(launcherCommand(launcher, jar, cache, "", base, identity, server, work.resolve("cli")), timeline);
      }
      boolean archived = Files.isRegularFile(launcher) && trained(cache.resolve("sharedo-export"));
      for (int i = 0; i < RUNS && archived; i++) {
        cds.add(Trip.run(launcherCommand(launcher, jar, cache, "", base, identity, server, work.resolve("cli")),
            timeline));
        cdsC1.add(Trip.run(launcherCommand(launcher, jar, cache, "-XX:TieredStopAtLevel=1", base, identity, server,
            work.resolve("cli")), timeline));
      }
      long jvmOnly = Timing.medianNanos(1, 3, () -> {
        ExternalTool.run(List.of(javaBinary(), "-jar", jar.toString(), "--version"));
        return null;
      });
      Path log = work.resolve("classes.log");
      Trip.run(cliCommand(jar, List.of("-Xlog:class+load:file=" + log), base, identity, server, work.resolve("cli")),
          timeline);
      return verdict(name, scripts, clis, new ReferenceTrips(minimals, libraries), cds, cdsC1, jvmOnly,
          classCount(log));
    }
  }

  private static Figure verdict(String name, List<Trip> scripts, List<Trip> clis, ReferenceTrips references,
      List<Trip> cds, List<Trip> cdsC1, long jvmOnly, String classes) {
    long script = Trip.median(scripts, Trip::wallNanos);
    long cli = Trip.median(clis, Trip::wallNanos);
    long scriptPolls = Trip.median(scripts, Trip::polls);
    long cliPolls = Trip.median(clis, Trip::polls);
    double ratio = (double) cli / script;
    String measured = String.format("CLI %s vs script %s = %.2fx; progress requests %d vs %d",
        Timing.seconds(cli), Timing.seconds(script), ratio, cliPolls, scriptPolls)
        + (cds.isEmpty() ? "" : String.format("; bin/sharedo-export (AppCDS) %s = %.2fx",
            Timing.seconds(Trip.median(cds, Trip::wallNanos)), (double) Trip.median(cds, Trip::wallNanos) / script));
    String cdsNote = cds.isEmpty() ? "examples/bin/sharedo-export not measured: no launcher, or its training run wrote"
        + " no archive"
        : String.format("examples/bin/sharedo-export (the same jar with the AppCDS archive its training run wrote)"
            + " %s = %.2fx, to first request %s; the same with SHAREDO_EXPORT_JAVA_OPTS=-XX:TieredStopAtLevel=1 (no C2"
            + " compiler, not a setting to ship) %s = %.2fx, to first request %s",
            Timing.seconds(Trip.median(cds, Trip::wallNanos)),
            (double) Trip.median(cds, Trip::wallNanos) / script, Timing.millis(Trip.median(cds, Trip::toFirstRequest)),
            Timing.seconds(Trip.median(cdsC1, Trip::wallNanos)), (double) Trip.median(cdsC1, Trip::wallNanos) / script,
            Timing.millis(Trip.median(cdsC1, Trip::toFirstRequest)));
    String notes = String.format("rounds of script, CLI and the two references, each round starting with the next"
        + " one, medians of %d after 1 warm-up round, against FakeShareDoMain"
        + " (--job-duration 2s) in the benchmark's JVM; CLI time: start to first request %s (of which"
        + " `java -jar ... --version` alone %s; %s), token until the create request %s, polling lag after the job was done %s,"
        + " download request to exit (download, validate, extract, print, JVM exit) %s; script: start to first"
        + " request %s, polling lag %s, download request to exit %s; %s; %s",
        RUNS, Timing.millis(Trip.median(clis, Trip::toFirstRequest)), Timing.millis(jvmOnly), classes,
        Timing.millis(Trip.median(clis, Trip::tokenToCreate)), Timing.millis(Trip.median(clis, Trip::pollingLag)),
        Timing.millis(Trip.median(clis, Trip::afterDownload)), Timing.millis(Trip.median(scripts, Trip::toFirstRequest)),
        Timing.millis(Trip.median(scripts, Trip::pollingLag)), Timing.millis(Trip.median(scripts, Trip::afterDownload)),
        references.describe(script), cdsNote);
    return new Figure(name, measured, TARGET, ratio <= 1.15 && cliPolls < scriptPolls, notes);
  }

  /** Waits (a minute at most) for the launcher's training run to end; whether it left an archive. */
  private static boolean trained(Path cache) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(cache)) {
        try (Stream<Path> entries = Files.list(cache)) {
          List<String> names = entries.map(p -> p.getFileName().toString()).toList();
          if (names.stream().noneMatch(n -> n.endsWith(".training"))) {
            return names.stream().anyMatch(n -> n.endsWith(".jsa"));
          }
        }
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static List<String> launcherCommand(Path launcher, Path jar, Path cache, String javaOptions, String base,
      String identity, FakeShareDoServer server, Path out) {
    List<String> command = new ArrayList<>(List.of("env", "XDG_CACHE_HOME=" + cache, "SHAREDO_EXPORT_JAR=" + jar,
        "SHAREDO_EXPORT_JAVA_OPTS=" + javaOptions, "JAVA_HOME=" + System.getProperty("java.home"), "bash",
        launcher.toString()));
    List<String> cli = cliCommand(jar, List.of(), base, identity, server, out);
    command.addAll(cli.subList(3, cli.size())); // the tool's arguments, without java -jar JAR
    return command;
  }

  private static List<String> cliCommand(Path jar, List<String> jvmOptions, String base, String identity,
      FakeShareDoServer server, Path out) {
    List<String> command = new ArrayList<>(List.of(javaBinary()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "export", "--type", "worktype", "--system-name", "matter",
        "--environment", FakeServers.ENVIRONMENT, "--out", out.toString(), "--server", base, "--identity-url",
        identity, "--client-id", server.clientId(), "--client-secret", server.clientSecret(), "--progress", "none"));
    return command;
  }

  /** How many classes one export run loaded, from the JDK's CDS archive and from the application jar. */
  private static String classCount(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    long shared = lines.stream().filter(l -> l.contains("shared objects file")).count();
    long fromJar = lines.stream().filter(l -> l.contains("source: file:") || l.contains("source: jar:")).count();
    return String.format("an export loads %,d classes: %,d from the JDK's CDS archive, %,d from the jar", lines.size(),
        shared, fromJar);
  }

  static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The two references between the script and the CLI: the JDK client alone, and the library without the CLI. */
  private record ReferenceTrips(List<Trip> minimal, List<Trip> library) {
    String describe(long script) {
      return "the floor, the script's trip as a minimal Java program on the JDK HttpClient alone (MinimalJavaTrip: one"
          + " source file, no libraries, polls every 0.5 s like the script): " + steps(minimal, script)
          + "; the library without the CLI (LibraryTrip: ShareDoExportClient.export to a folder, from the CLI's jar): "
          + steps(library, script);
    }

    private static String steps(List<Trip> trips, long script) {
      return String.format("%s = %.2fx, start to first request %s, token until the create request %s, polling lag %s,"
          + " download request to exit %s", Timing.seconds(Trip.median(trips, Trip::wallNanos)),
          (double) Trip.median(trips, Trip::wallNanos) / script,
          Timing.millis(Trip.median(trips, Trip::toFirstRequest)),
          Timing.millis(Trip.median(trips, Trip::tokenToCreate)), Timing.millis(Trip.median(trips, Trip::pollingLag)),
          Timing.millis(Trip.median(trips, Trip::afterDownload)));
    }
  }
}
