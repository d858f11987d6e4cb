package io.sharedo.export.examples.cli;

import io.sharedo.export.ExportException;
import io.sharedo.export.ExportType;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code sharedo-export} command-line tool: {@code export}, {@code compare}, {@code batch},
 * {@code status}, {@code cancel} and {@code recover}, against a ShareDo server given with
 * {@code --server}, or against a built-in fake server with demo data when none is given.
 *
 * <pre>
 * java -jar sharedo-export.jar compare --type worktype --system-name matter --left uat --right vnext
 * </pre>
 *
 * <p>Exit codes: 0 success, 1 differences found (compare), 2 usage error, 3 export failed (the
 * error code and a one-line hint are printed on standard error), 130 interrupted (Ctrl-C).
 * Results go to standard output, progress and errors to standard error. Tokens and secrets are never printed.
 *
 * <p>Thread-safe: each {@link #run} call has its own state.
 */
public final class SharedoExportCli {

  private SharedoExportCli() {}

  /**
   * Runs the tool and exits the JVM with its exit code. Ctrl-C cancels running exports on the
   * server before the JVM stops.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    StartupWarmUp.startFor(args);
    Thread worker = Thread.currentThread();
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      if (finished.getCount() == 0) {
        return;
      }
      // Interrupting the command's thread makes it cancel its jobs on the server; give it a moment.
      // (Waiting for the latch, not joining the thread: that thread ends in System.exit, which blocks
      // while hooks run.)
      worker.interrupt();
      try {
        finished.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sharedo-export-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    int code;
    try {
      code = run(System.out, System.err, System.getenv(), args);
    } finally {
      finished.countDown();
    }
    StartupWarmUp.finish();
    System.exit(code);
  }

  /**
   * Runs the tool without exiting: what {@link #main} does, for tests and embedding.
   *
   * @param out where results go (standard output)
   * @param err where progress, errors and hints go (standard error)
   * @param env the environment variables ({@code SHAREDO_TOKEN}, {@code SHAREDO_CLIENT_SECRET})
   * @param args the command line
   * @return the exit code: 0 success, 1 differences found, 2 usage error, 3 export failed, 130 interrupted
   */
  public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    if (out == null || err == null || env == null || args == null) {
      throw new IllegalArgumentException("out, err, env and args cannot be null");
    }
    boolean terminal = err == System.err;
    CliContext context = new CliContext(out, err, Map.copyOf(env), Secrets.collect(args, env), terminal,
        System::nanoTime, ClientBackend::open);
    return run(context, args);
  }

  /**
   * Runs the tool in a prepared context.
   *
   * @param context the run
   * @param args the command line
   * @return the exit code
   */
  static int run(CliContext context, String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand(context));
    Map<String, Supplier<Object>> subcommands = subcommands(context);
    @Nullable Supplier<Object> named = args.length == 0 ? null : subcommands.get(args[0]);
    if (named != null) {
      // Picocli builds each command's model by reflection: the other six cost about 60 ms per run.
      commandLine.addSubcommand(named.get());
    } else {
      subcommands.values().forEach(subcommand -> commandLine.addSubcommand(subcommand.get()));
    }
    commandLine.setOut(new PrintWriter(context.out(), true));
    commandLine.setErr(new PrintWriter(context.err(), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    // Picocli would read '@file' arguments as more arguments, which Secrets (it sees the raw command line)
    // could then neither mask nor keep out of messages. Secrets belong in the environment or an
    // environments file instead.
    commandLine.setExpandAtFiles(false);
    commandLine.registerConverter(ExportType.class, Types::fromOption);
    // Before the parse, which a usage error may stop before it reaches --json.
    boolean json = Arrays.asList(args).contains("--json");
    commandLine.setParameterExceptionHandler((ParameterException e, String[] ignored) ->
        Failures.usage(context, json, UsageMessages.describe(e, args), e.getCommandLine().getCommandSpec().qualifiedName()));
    commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
      if (e instanceof UsageException) {
        return Failures.usage(context, json, e.getMessage(), failed.getCommandSpec().qualifiedName());
      }
      if (e instanceof ExportException exportError) {
        return Failures.exportFailed(context, json(parseResult), matched(parseResult, "--fallback"), exportError);
      }
      if (e instanceof IllegalArgumentException) {
        return Failures.usage(context, json, e.getMessage(), failed.getCommandSpec().qualifiedName());
      }
      context.err().println("error: unexpected failure: " + Failures.oneLine(context, String.valueOf(e)));
      context.err().println("hint: this is a bug in sharedo-export; please report it with the command you ran");
      return ExitCodes.FAILED;
    });
    return commandLine.execute(args);
  }

  /**
   * Every subcommand by name, in the order the help lists them. Only the one the command line names
   * is built when it names one; help, version and usage errors at the top level get them all.
   */
  private static Map<String, Supplier<Object>> subcommands(CliContext context) {
    Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
    subcommands.put("export", () -> new ExportCommand(context));
    subcommands.put("compare", () -> new CompareCommand(context));
    subcommands.put("batch", () -> new BatchCommand(context));
    subcommands.put("status", () -> new StatusCommand(context));
    subcommands.put("cancel", () -> new CancelCommand(context));
    subcommands.put("recover", () -> new RecoverCommand(context));
    subcommands.put("inspect", () -> new InspectCommand(context));
    return subcommands;
  }

  private static boolean json(ParseResult parseResult) {
    return matched(parseResult, "--json");
  }

  private static boolean matched(ParseResult parseResult, String option) {
    ParseResult last = parseResult;
    while (last.subcommand() != null) {
      last = last.subcommand();
    }
    return last.hasMatchedOption(option);
  }

  /** The top-level command: only holds the subcommands. Created per run. */
  @Command(name = "sharedo-export", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
      description = {"Export, compare and batch-export ShareDo configuration.",
          "Without --server, runs against a built-in fake server with demo data (environments uat, vnext).",
          "Exit codes: 0 success, 1 differences found (compare), 2 usage error, 3 export failed,"
              + " 130 interrupted."})
  static final class RootCommand implements Callable<Integer> {
    private final CliContext context;

    RootCommand(CliContext context) {
      this.context = context;
    }

    @Override
    public Integer call() {
      return Failures.usage(context, "a subcommand is required: export, compare, batch, status, cancel, recover or inspect",
          "sharedo-export");
    }
  }
}
