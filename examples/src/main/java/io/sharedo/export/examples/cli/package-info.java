/**
 * The {@code sharedo-export} command-line tool. {@link io.sharedo.export.examples.cli.SharedoExportCli}
 * is the entry point; everything else here is package-private: the picocli commands, the progress
 * renderer (an {@link io.sharedo.export.ExportListener}), the items-file parser and the
 * {@code --json} report records.
 */
package io.sharedo.export.examples.cli;
