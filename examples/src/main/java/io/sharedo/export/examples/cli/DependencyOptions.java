package io.sharedo.export.examples.cli;

import picocli.CommandLine.Option;

/**
 * {@code --include-dependencies} / {@code --no-include-dependencies}: whether an export pulls in
 * what the item uses (workflows, forms, option sets, ...). On by default, as in the library. Two
 * plain flags rather than one picocli "negatable" option, whose meaning flips when its default is
 * true. Filled in by picocli; not thread-safe, used on the command's thread only.
 */
final class DependencyOptions {

  @Option(names = "--include-dependencies",
      description = "Include the item's dependencies: workflows, forms, option sets... (the default).")
  private boolean include;

  @Option(names = "--no-include-dependencies", description = "Export the item alone.")
  private boolean exclude;

  /**
   * Whether dependencies are included.
   *
   * @return true unless {@code --no-include-dependencies} was given
   * @throws UsageException when both flags were given
   */
  boolean includeDependencies() {
    if (include && exclude) {
      throw new UsageException("give --include-dependencies or --no-include-dependencies, not both");
    }
    return !exclude;
  }
}
