/**
 * The public API of sharedo-export: services, value types, error codes and the listener. Depends on
 * nothing but {@code java.base}.
 */
module io.sharedo.export.api {
  exports io.sharedo.export;
  exports io.sharedo.export.component;
}
