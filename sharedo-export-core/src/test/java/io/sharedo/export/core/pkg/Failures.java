package io.sharedo.export.core.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Asserts that a package fails the same way through every entry point, leaving nothing behind. */
final class Failures {
  private Failures() {}

  /** Runs validate, extract and read on a package that is structurally invalid; returns extract's failure. */
  static ExportException everyEntryPointRefuses(PackageReader reader, Path zip, Path workDir, ExportErrorCode code) {
    ExportException fromValidate = catchThrowableOfType(ExportException.class, () -> reader.validate(zip));
    assertThat(fromValidate).as("validate").isNotNull();
    assertThat(fromValidate.code()).isEqualTo(code);
    ExportException fromExtract = extractRefuses(reader, zip, workDir, code);
    readRefuses(reader, zip, workDir, code);
    return fromExtract;
  }

  /** Runs extract into a new folder and read into an empty temp root; both must fail cleanly. */
  static ExportException extractAndReadRefuse(PackageReader reader, Path zip, Path workDir, ExportErrorCode code) {
    ExportException fromExtract = extractRefuses(reader, zip, workDir, code);
    readRefuses(reader, zip, workDir, code);
    return fromExtract;
  }

  static ExportException extractRefuses(PackageReader reader, Path zip, Path workDir, ExportErrorCode code) {
    Path target = workDir.resolve("target-" + System.nanoTime());
    ExportException e = catchThrowableOfType(ExportException.class, () -> reader.extract(zip, target));
    assertThat(e).as("extract").isNotNull();
    assertThat(e.code()).as("extract code of: " + e.getMessage()).isEqualTo(code);
    assertThat(target).as("a target folder extract created is removed").doesNotExist();
    return e;
  }

  static void readRefuses(PackageReader reader, Path zip, Path workDir, ExportErrorCode code) {
    Path tempRoot = workDir.resolve("temp-" + System.nanoTime());
    try {
      Files.createDirectories(tempRoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ExportException e = catchThrowableOfType(ExportException.class, () -> reader.read(zip, tempRoot));
    assertThat(e).as("read").isNotNull();
    assertThat(e.code()).as("read code of: " + e.getMessage()).isEqualTo(code);
    assertThat(list(tempRoot)).as("temp root after a failed read").isEmpty();
  }

  static Stream<Path> list(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
