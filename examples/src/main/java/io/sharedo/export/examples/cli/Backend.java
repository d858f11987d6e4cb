package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchExportService;
import io.sharedo.export.ExportJobManager;
import io.sharedo.export.ExportService;

/**
 * The library as the commands see it: its three service interfaces, plus whatever had to be
 * started to serve them (the client's threads and, without {@code --server}, the fake server),
 * all stopped by {@link #close()}. Thread-safe as the services are.
 */
interface Backend extends AutoCloseable {

  /**
   * One-call exports and comparisons.
   *
   * @return the export service
   */
  ExportService exports();

  /**
   * Step-by-step job control: status, cancel, recovery.
   *
   * @return the job manager
   */
  ExportJobManager jobs();

  /**
   * Batches.
   *
   * @return the batch service
   */
  BatchExportService batches();

  /** Stops the client and anything started for it. Never throws. */
  @Override
  void close();
}
