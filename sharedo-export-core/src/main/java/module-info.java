/**
 * The implementation of the sharedo-export API: {@link io.sharedo.export.core.ShareDoExportClient}.
 *
 * <p>Only the public packages are exported; everything under {@code io.sharedo.export.core.internal}
 * stays inside the module.
 */
// zip4j is an automatic module named after its jar file (see below); that is the one warning suppressed.
@SuppressWarnings("requires-automatic")
module io.sharedo.export.core {
  // Our API types (ExportService, ExportResult, ...) are the client's parameters and results.
  requires transitive io.sharedo.export.api;
  // Environment.httpVersion() returns java.net.http.HttpClient.Version.
  requires transitive java.net.http;

  // The nullness annotations of our signatures: needed to compile against them, not to run.
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires dev.failsafe.core;
  requires org.slf4j;
  // zip4j (2.11.5, its newest release) ships no module descriptor and no Automatic-Module-Name: its module
  // name comes from the jar's file name, zip4j-<version>.jar as Maven and Gradle store it. It appears in no
  // public signature, so consumers never name it themselves.
  requires zip4j;

  exports io.sharedo.export.core;
  exports io.sharedo.export.core.compare;
  exports io.sharedo.export.core.pkg;
}
