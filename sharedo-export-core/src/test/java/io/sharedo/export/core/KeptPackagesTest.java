package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.RecoveredJob;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Recover and batch keep the packages they produce; a destination that cannot be written costs no job. */
class KeptPackagesTest extends FakeServerTest {

  @Test
  void aResumedExportPutsThePackageWhereTheInterruptedOneWasPuttingIt() {
    Path journal = work.resolve("journal");
    Path destination = out.resolve("kept.zip");
    client.close();
    client = clientBuilder().journalDirectory(journal).build();
    server.inject(Fault.serverErrors(Endpoint.DOWNLOAD, 50));
    ExportException broken = catchThrowableOfType(ExportException.class,
        () -> client.export(matter("uat"), destination));
    assertThat(broken.code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
    server.clearFaults();

    List<RecoveredJob> interrupted = client.recoverInterruptedJobs();
    assertThat(interrupted).singleElement().satisfies(r -> assertThat(r.destination()).isEqualTo(destination));
    ExportResult result = client.resume(interrupted.get(0));

    assertThat(result.download().path()).isEqualTo(destination);
    assertThat(destination).isRegularFile();
    assertThat(client.recoverInterruptedJobs()).as("the entry goes once the package is in place").isEmpty();
  }

  @Test
  void aResumeCanPutThePackageElsewhereAndAsynchronously() throws Exception {
    Path journal = work.resolve("journal");
    client.close();
    client = clientBuilder().journalDirectory(journal).build();
    client.createJob(matter("uat"));
    Path elsewhere = out.resolve("elsewhere.zip");

    ExportResult result = client.resumeAsync(client.recoverInterruptedJobs().get(0), elsewhere,
        io.sharedo.export.ExportListener.NONE).get(20, TimeUnit.SECONDS);

    assertThat(result.download().path()).isEqualTo(elsewhere);
    assertThat(client.recoverInterruptedJobs()).isEmpty();
  }

  @Test
  void aBatchKeepsOnePackagePerItemNamedFromTypeSystemNameAndEnvironment() {
    List<ExportParams> items = List.of(matter("uat"), matter("vnext"), matter("uat"));
    BatchOptions options = BatchOptions.builder().outputDirectory(out).build();

    BatchExportResult result = client.batchExport(items, options);

    assertThat(result.outcomes()).extracting(o -> o.result().download().path().getFileName().toString())
        .containsExactly("worktype-matter-uat.zip", "worktype-matter-vnext.zip", "worktype-matter-uat-2.zip");
    for (BatchItemOutcome outcome : result.outcomes()) {
      assertThat(outcome.result().download().path()).isRegularFile();
    }
  }

  @Test
  void aBatchIntoAFileFailsEveryItemBeforeAnyJob() throws Exception {
    Path file = Files.writeString(out.resolve("not-a-folder"), "x");

    BatchExportResult result = client.batchExport(List.of(matter("uat")),
        BatchOptions.builder().outputDirectory(file).build());

    assertThat(result.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.error().code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
      assertThat(o.error().getMessage()).contains("is a file, not a folder");
    });
    assertThat(server.jobs()).isEmpty();
  }

  @Test
  void checkingThatTheDestinationCanBeWrittenLeavesNothingBesideThePackage() throws Exception {
    Path destination = out.resolve("only.zip");

    client.export(matter("uat"), destination);

    try (var listing = Files.list(out)) {
      assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("only.zip");
    }
  }

  @Test
  void aDestinationInsideAFileIsRefusedBeforeTheJobIsCreated() throws Exception {
    Path file = Files.writeString(out.resolve("plain.txt"), "x");

    ExportException error = catchThrowableOfType(ExportException.class,
        () -> client.export(matter("uat"), file.resolve("p.zip")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.DOWNLOAD_FAILED);
    assertThat(error.isRecoverable()).isFalse();
    assertThat(error.getMessage()).contains("is a file, not a folder").doesNotContain("network");
    assertThat(server.jobs()).isEmpty();
    assertThat(listener.names()).containsExactly("exportStarted", "failed");
  }

  @Test
  void aDestinationWithoutItsFolderIsRefusedBeforeTheJobIsCreated() {
    Throwable missing = catchThrowableOfType(ExecutionException.class,
        () -> client.exportAsync(matter("uat"), out.resolve("missing/p.zip")).get()).getCause();

    assertThat(missing).isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
    assertThat(server.jobs()).isEmpty();
  }

  @Test
  void aReadOnlyFolderIsRefusedBeforeTheJobIsCreated() throws Exception {
    assumeThat(System.getProperty("user.name")).as("root writes anywhere").isNotEqualTo("root");
    Path readOnly = Files.createDirectory(out.resolve("read-only"));
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      ExportException error = catchThrowableOfType(ExportException.class,
          () -> client.export(matter("uat"), readOnly.resolve("p.zip")));

      assertThat(error.getMessage()).contains("permission denied");
      assertThat(error.isRecoverable()).isFalse();
      assertThat(server.jobs()).isEmpty();
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aDownloadToAFileIsCheckedBeforeAnythingIsRequested() throws Exception {
    Path file = Files.writeString(out.resolve("plain.txt"), "x");
    String jobId = client.createJob(ExportParams.of(ExportType.WORKTYPE, "matter", "uat")).jobId();
    int before = server.requestCount();

    ExportException error = catchThrowableOfType(ExportException.class, () -> client.downloadPackage(
        io.sharedo.export.ExportJob.reference(jobId, "uat"), file.resolve("p.zip")));

    assertThat(error.getMessage()).contains("is a file");
    assertThat(server.requestCount()).isEqualTo(before);
  }
}
