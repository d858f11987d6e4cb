package io.sharedo.export.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code --version} prints: the version the build stamped into {@code version.properties}
 * (Maven resource filtering), so the tool and the artifacts it was built from always agree.
 */
final class CliVersion implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"sharedo-export " + projectVersion()};
  }

  /**
   * The project version of this build, e.g. {@code 0.1.0-SNAPSHOT}.
   *
   * @throws IllegalStateException if the build did not stamp a version (classes not built by Maven)
   */
  static String projectVersion() {
    Properties properties = new Properties();
    try (InputStream in = CliVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing: build the tool with Maven");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("${")) {
      throw new IllegalStateException(RESOURCE + " holds no version: build the tool with Maven");
    }
    return version;
  }
}
