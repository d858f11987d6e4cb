/**
 * A fake ShareDo server for tests: {@link io.sharedo.export.testkit.FakeShareDoServer}, with a JUnit 5
 * extension.
 *
 * <p>Only {@code io.sharedo.export.testkit} is exported; {@code io.sharedo.export.testkit.internal}
 * stays inside the module.
 */
module io.sharedo.export.testkit {
  // FakeShareDoExtension implements JUnit's extension interfaces, so JUnit's API is part of ours. The jar is
  // the consumer's own JUnit, at the consumer's version: the testkit's POM declares it provided.
  requires transitive org.junit.jupiter.api;

  // The nullness annotations of our signatures: needed to compile against them, not to run.
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  requires org.slf4j;

  exports io.sharedo.export.testkit;
}
