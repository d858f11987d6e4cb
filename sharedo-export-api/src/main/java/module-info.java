/**
 * The public API of sharedo-export: services, value types, error codes and the listener. Depends on
 * nothing but {@code java.base}.
 */
module io.sharedo.export.api {
  // The nullness annotations of our signatures: needed to compile against them, not to run.
  requires static transitive org.jspecify;

  exports io.sharedo.export;
  exports io.sharedo.export.component;
}
