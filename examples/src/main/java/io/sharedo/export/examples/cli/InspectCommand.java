package io.sharedo.export.examples.cli;

import io.sharedo.export.component.Component;
import io.sharedo.export.component.DependencyKind;
import io.sharedo.export.component.ExportPackage;
import io.sharedo.export.component.ManifestStep;
import io.sharedo.export.component.StepDependency;
import io.sharedo.export.component.WorkType;
import io.sharedo.export.core.pkg.PackageReader;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code inspect PACKAGE.zip}: validates a package file and shows what is inside: the manifest, each
 * step, a work type's counts, and every dependency, included in the package or missing from it.
 * Needs no server. Exit 0, or 3 with the error code for a bad package. Created per run; not
 * thread-safe.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Validate a package file and show what is inside: manifest, steps, dependencies.",
        "Exit code 0: a valid package; 3: not a valid package (the error code is printed)."})
final class InspectCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PACKAGE.zip", description = "The package file.")
  private Path file;

  @Option(names = "--json", description = "Print what the package holds as JSON on standard output.")
  private boolean json;

  private final CliContext context;

  /**
   * Creates the command.
   *
   * @param context the run
   */
  InspectCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(Files.isDirectory(file) ? file + " is a folder, not a package file"
          : "no package file at " + file);
    }
    ExportPackage content = PackageReader.withDefaults().read(file);
    List<InspectReport.Step> steps = steps(content);
    if (json) {
      context.out().println(Reports.toJson(InspectReport.of(file, content, steps)));
      return ExitCodes.OK;
    }
    print(content, steps);
    return ExitCodes.OK;
  }

  /** Each manifest step with its component: steps of one provider become its components in order. */
  private static List<InspectReport.Step> steps(ExportPackage content) {
    Map<String, Deque<Component>> byProvider = new HashMap<>();
    for (Component component : content.allComponents()) {
      byProvider.computeIfAbsent(component.provider(), p -> new ArrayDeque<>()).add(component);
    }
    List<InspectReport.Step> steps = new ArrayList<>();
    for (ManifestStep step : content.manifest().steps()) {
      Component component = byProvider.getOrDefault(step.provider(), new ArrayDeque<>()).poll();
      steps.add(InspectReport.Step.of(step, component));
    }
    return steps;
  }

  private void print(ExportPackage content, List<InspectReport.Step> steps) {
    PrintStream out = context.out();
    var manifest = content.manifest();
    out.println("package " + safe(file.toString()) + ": valid");
    out.println("  configuration  " + orDash(manifest.name()));
    out.println("  exported from  " + orDash(manifest.exportedFrom()));
    out.println("  created on     " + (manifest.createdOn() == null ? "-" : manifest.createdOn())
        + (manifest.createdBy() == null ? "" : " by " + safe(manifest.createdBy())));
    out.println("  ShareDo        " + orDash(manifest.sharedoVersion()));
    out.println("  steps          " + manifest.steps().size() + (manifest.files().isEmpty() ? ""
        : ", " + manifest.files().size() + " attached files"));
    for (int i = 0; i < steps.size(); i++) {
      InspectReport.Step step = steps.get(i);
      ManifestStep manifestStep = manifest.steps().get(i);
      out.println();
      out.println(safe(step.provider()) + " " + safe(step.identity())
          + (step.name() == null || step.name().isEmpty() ? "" : "  \"" + safe(step.name()) + "\""));
      if (step.workType() != null) {
        InspectReport.WorkTypeCounts counts = step.workType();
        out.println("  " + counts.phases() + " phases, " + counts.transitions() + " transitions, " + counts.roles()
            + " roles, " + counts.rolePermissions() + " role permissions");
      }
      out.println("  dependencies: " + summary(manifestStep, DependencyKind.MANDATORY) + "; "
          + summary(manifestStep, DependencyKind.RECOMMENDED));
      for (StepDependency dependency : manifestStep.dependencies()) {
        out.println("    " + (dependency.kind() == DependencyKind.MANDATORY ? "mandatory  " : "recommended")
            + "  " + (dependency.included() ? "included" : "missing ") + "  " + safe(dependency.provider()) + " "
            + safe(dependency.identity()));
      }
    }
  }

  private static String summary(ManifestStep step, DependencyKind kind) {
    List<StepDependency> all = step.dependencies(kind);
    long included = all.stream().filter(StepDependency::included).count();
    return all.size() + " " + kind.name().toLowerCase(Locale.ROOT) + " (" + included + " included, "
        + (all.size() - included) + " missing)";
  }

  private static String orDash(String text) {
    return text == null ? "-" : safe(text);
  }

  /** Package text comes from a server: no control character reaches the terminal. */
  private static String safe(String text) {
    return PrintableText.line(text);
  }

  /** Counts kept apart from the typed work type, for the JSON report. */
  static InspectReport.WorkTypeCounts counts(WorkType workType) {
    return new InspectReport.WorkTypeCounts(workType.phases().size(), workType.transitions().size(),
        workType.roles().size(), workType.rolePermissions().size());
  }
}
