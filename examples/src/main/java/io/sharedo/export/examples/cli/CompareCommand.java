package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.component.ChangeKind;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.core.compare.ComparisonRenderer;
import io.sharedo.export.core.compare.ExportComparator;
import io.sharedo.export.core.pkg.PackageReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: exports the same item from two environments (afresh, in parallel, each from its
 * own server), reads two package files, or compares a saved package with a live environment
 * ({@code --left-package baseline.zip --right vnext}), and shows the differences as text, JSON or
 * HTML. Exit 1 when they differ.
 * Created per run; not thread-safe.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare an item between two environments, two package files, or a package file and an"
        + " environment.",
        "Exit code 0: the same; 1: differences found."})
final class CompareCommand implements Callable<Integer> {

  @Option(names = "--type", paramLabel = "TYPE",
      description = "What to compare: worktype, workflow, form or configuration.")
  private ExportType type;

  @Option(names = "--system-name", paramLabel = "NAME", description = "The item's system name.")
  private String systemName;

  @Option(names = "--left", paramLabel = "ENV", description = "The left environment, for example uat.")
  private String left;

  @Option(names = "--right", paramLabel = "ENV", description = "The right environment, for example vnext.")
  private String right;

  @Option(names = "--left-package", paramLabel = "ZIP", description = "The left package file (instead of --left).")
  private Path leftPackage;

  @Option(names = "--right-package", paramLabel = "ZIP",
      description = "The right package file (instead of --right).")
  private Path rightPackage;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or html (default: ${DEFAULT-VALUE}; --json means json).")
  private String format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE and print only a summary line.")
  private Path outputFile;

  @Option(names = "--ignore", paramLabel = "FIELD",
      description = "A field to ignore at any depth, besides the default ones (repeatable).")
  private List<String> ignored = List.of();

  @Option(names = "--no-default-ignores",
      description = "Compare the fields ignored by default too (CreatedOn, CreatedBy, ExportedFrom, StorageFilename,"
          + " PackageStepId, and ids that are GUIDs).")
  private boolean noDefaultIgnores;

  @Mixin
  private ConnectionOptions connection;

  @Mixin
  private OutputOptions output;

  @Mixin
  private JournalOptions journal;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  CompareCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    ComparisonRenderer renderer = renderer();
    CompareOptions options = options();
    if (left != null && leftPackage != null || right != null && rightPackage != null) {
      throw new UsageException("give each side once: --left or --left-package, --right or --right-package");
    }
    ReportFile.checkWritable(outputFile);
    ComparisonResult result = leftPackage != null && rightPackage != null ? comparePackages(options)
        : leftPackage != null || rightPackage != null ? comparePackageWithEnvironment(options)
        : compareEnvironments(options);
    ReportFile.write(context, renderer, result, outputFile);
    if (outputFile != null && output.json()) {
      context.out().println(Reports.toJson(new Reports.CompareSummaryReport(
          result.hasDifferences() ? "different" : "same", result.left(), result.right(),
          result.count(ChangeKind.ADDED), result.count(ChangeKind.REMOVED), result.count(ChangeKind.CHANGED),
          outputFile.toString())));
    } else if (outputFile != null) {
      context.out().println(summary(result) + "; report written to " + outputFile);
    }
    return result.hasDifferences() ? ExitCodes.DIFFERENCES : ExitCodes.OK;
  }

  private ComparisonRenderer renderer() {
    String chosen = output.json() ? "json" : format;
    if (output.json() && !format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
      throw new UsageException("--json and --format " + format + " contradict each other: give one");
    }
    try {
      return ComparisonRenderer.forFormat(chosen);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format must be text, json or html, was " + format);
    }
  }

  private CompareOptions options() {
    Set<String> fields = new HashSet<>(noDefaultIgnores ? Set.of() : CompareOptions.DEFAULT_IGNORED_FIELDS);
    for (String field : ignored) {
      if (field.isBlank()) {
        throw new UsageException("--ignore needs a field name");
      }
      fields.add(field.strip());
    }
    return new CompareOptions(fields, !noDefaultIgnores);
  }

  private ComparisonResult comparePackages(CompareOptions options) {
    if (type != null || systemName != null || left != null || right != null) {
      throw new UsageException("--left-package/--right-package compare files: leave out --type, --system-name,"
          + " --left and --right");
    }
    if (connection.given()) {
      connection.resolve(context); // no server is needed, but contradictory options are still an error
    }
    for (Path file : List.of(leftPackage, rightPackage)) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("package file " + file + " does not exist");
      }
    }
    // Files on disk need no server: read them here rather than start a client.
    PackageReader reader = PackageReader.withDefaults();
    ExportPackage leftContent = reader.read(leftPackage);
    ExportPackage rightContent = reader.read(rightPackage);
    return ExportComparator.create(options).compare(label(leftPackage), leftContent, label(rightPackage),
        rightContent);
  }

  private ComparisonResult compareEnvironments(CompareOptions options) {
    if (type == null || systemName == null || left == null || right == null) {
      throw new UsageException("give --type, --system-name, --left and --right (or --left-package and"
          + " --right-package)");
    }
    if (systemName.isBlank() || left.isBlank() || right.isBlank()) {
      throw new UsageException("--system-name, --left and --right cannot be blank");
    }
    Servers resolved = connection.resolve(context);
    ProgressRenderer progress = output.renderer(context, false);
    RunningJobs running = new RunningJobs(progress);
    Set<String> environments = new LinkedHashSet<>(List.of(left, right));
    Path journalFolder = journal.forExports(resolved);
    try (Backend backend = context.backends().open(context, resolved, environments, running, journalFolder)) {
      return running.cancelOnInterrupt(backend,
          () -> backend.exports().compareExports(type, systemName, left, right, options));
    } finally {
      progress.finish();
    }
  }

  /** A saved package on one side, a fresh export of one environment on the other. */
  private ComparisonResult comparePackageWithEnvironment(CompareOptions options) {
    Path file = leftPackage != null ? leftPackage : rightPackage;
    String environment = leftPackage != null ? right : left;
    String option = leftPackage != null ? "--right" : "--left";
    if (type == null || systemName == null || environment == null) {
      throw new UsageException("a package file on one side needs " + option + " ENV, --type and --system-name for"
          + " the other (or a package file on both sides)");
    }
    if (systemName.isBlank() || environment.isBlank()) {
      throw new UsageException("--system-name and " + option + " cannot be blank");
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("package file " + file + " does not exist");
    }
    Servers resolved = connection.resolve(context);
    ExportPackage saved = PackageReader.withDefaults().read(file);
    ProgressRenderer progress = output.renderer(context, false);
    RunningJobs running = new RunningJobs(progress);
    ExportPackage live;
    try (Backend backend = context.backends().open(context, resolved, Set.of(environment), running,
        journal.forExports(resolved))) {
      live = running.cancelOnInterrupt(backend,
          () -> backend.exports().export(ExportParams.of(type, systemName, environment))).content();
    } finally {
      progress.finish();
    }
    ExportComparator comparator = ExportComparator.create(options);
    return leftPackage != null ? comparator.compare(label(file), saved, environment, live)
        : comparator.compare(environment, live, label(file), saved);
  }

  private static String label(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static String summary(ComparisonResult result) {
    long added = result.count(ChangeKind.ADDED);
    long removed = result.count(ChangeKind.REMOVED);
    long changed = result.count(ChangeKind.CHANGED);
    if (!result.hasDifferences()) {
      return result.left() + " and " + result.right() + " are the same";
    }
    return result.left() + " vs " + result.right() + ": " + added + " added, " + removed + " removed, " + changed
        + " changed";
  }
}
