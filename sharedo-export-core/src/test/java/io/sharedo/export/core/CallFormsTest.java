package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.BatchExportResult;
import io.sharedo.export.BatchItemOutcome;
import io.sharedo.export.BatchOptions;
import io.sharedo.export.CancelResult;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobStatus;
import io.sharedo.export.component.CompareOptions;
import io.sharedo.export.component.ComparisonResult;
import io.sharedo.export.core.support.FakeServerTest;
import io.sharedo.export.core.support.RecordingListener;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.JobView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Job references, per-call listeners and the asynchronous form of every long operation. */
class CallFormsTest extends FakeServerTest {

  /** These tests check that jobs are cancelled on the server: that needs the cancel extension. */
  @Override
  protected FakeShareDoServerBuilder configure(FakeShareDoServerBuilder builder) {
    return builder.extensions(Extension.CANCEL);
  }

  @Test
  void aReferenceByIdGetsStatusMonitorsDownloadsAndCancels() throws Exception {
    String jobId = client.createJob(matter("uat")).jobId();
    ExportJob reference = ExportJob.reference(jobId, "uat");

    JobStatus finished = client.monitorJob(reference, Duration.ofSeconds(10));
    Path file = out.resolve("by-id.zip");

    assertThat(finished.isFinished()).isTrue();
    assertThat(client.getJobStatus(reference).jobId()).isEqualTo(jobId);
    assertThat(client.downloadPackage(reference, file).size()).isEqualTo(Files.size(file));
    assertThat(client.monitorJobAsync(reference, Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS).isFinished())
        .isTrue();
  }

  @Test
  void aReferenceCancelsARunningJob() {
    server.injectForNextJob(Fault.jobNeverFinishes());
    String jobId = client.createJob(matter("uat")).jobId();

    CancelResult result = client.cancelJob(ExportJob.reference(jobId, "uat"));

    assertThat(result.serverAcknowledged()).isTrue();
    assertThat(server.job(jobId).orElseThrow().state()).isEqualTo(JobView.State.CANCELLED);
  }

  @Test
  void aReferenceCannotBeRetriedAndNamesItsEnvironment() {
    ExportJob reference = ExportJob.reference("j-1", "uat");

    assertThat(reference.isReference()).isTrue();
    assertThat(reference.params()).isNull();
    assertThrows(IllegalArgumentException.class, () -> client.retryFailedJob(reference));
    assertThat(catchThrowable(() -> client.getJobStatus(ExportJob.reference("j-1", "nowhere"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uat").hasMessageContaining("vnext");
  }

  @Test
  void aCallsOwnListenerHearsThatCallOnlyBesidesTheClientWideOne() throws Exception {
    RecordingListener first = new RecordingListener();
    RecordingListener second = new RecordingListener();

    CompletableFuture<ExportResult> one = client.exportAsync(matter("uat"), null, first);
    CompletableFuture<ExportResult> two = client.exportAsync(matter("uat"), null, second);
    String firstJob = one.get(20, TimeUnit.SECONDS).job().jobId();
    String secondJob = two.get(20, TimeUnit.SECONDS).job().jobId();

    assertThat(first.events()).contains("jobCreated " + firstJob).doesNotContain("jobCreated " + secondJob);
    assertThat(second.events()).contains("jobCreated " + secondJob).doesNotContain("jobCreated " + firstJob);
    assertThat(first.names()).startsWith("exportStarted").endsWith("completed");
    assertThat(listener.events()).contains("jobCreated " + firstJob, "jobCreated " + secondJob);
  }

  @Test
  void aCallsOwnListenerHearsItsRetries() {
    server.inject(Fault.serverErrors(Endpoint.CREATE_JOB, 1));
    RecordingListener own = new RecordingListener();

    client.export(matter("uat"), null, own);

    assertThat(own.names()).contains("retryScheduled");
    assertThat(listener.names()).contains("retryScheduled");
  }

  @Test
  void aBatchsOwnListenerHearsItsItems() {
    AtomicInteger batchItems = new AtomicInteger();
    AtomicInteger completed = new AtomicInteger();
    ExportListener own = new ExportListener() {
      @Override
      public void completed(ExportResult result) {
        completed.incrementAndGet();
      }

      @Override
      public void batchItemFinished(BatchItemOutcome outcome, int finished, int total) {
        batchItems.incrementAndGet();
      }
    };

    BatchExportResult result = client.batchExport(List.of(matter("uat"), matter("vnext")), BatchOptions.defaults(),
        own);

    assertThat(result.summary().succeeded()).isEqualTo(2);
    assertThat(batchItems.get()).isEqualTo(2);
    assertThat(completed.get()).isEqualTo(2);
  }

  @Test
  void aThrowingCallListenerBreaksNeitherTheExportNorTheClientWideListener() {
    ExportListener broken = new ExportListener() {
      @Override
      public void jobCreated(ExportJob job) {
        throw new IllegalStateException("broken UI");
      }
    };

    ExportResult result = client.export(matter("uat"), null, broken);

    assertThat(result.job()).isNotNull();
    assertThat(listener.names()).contains("jobCreated");
  }

  @Test
  void exportsToADestinationAsynchronously() throws Exception {
    Path file = out.resolve("async.zip");

    ExportResult result = client.exportAsync(matter("uat"), file).get(20, TimeUnit.SECONDS);

    assertThat(result.download().path()).isEqualTo(file);
    assertThat(file).isRegularFile();
  }

  @Test
  void comparesTwoEnvironmentsAsynchronously() throws Exception {
    ComparisonResult blocking = client.compareExports(ExportType.WORKTYPE, "matter", "uat", "vnext");

    ComparisonResult async = client.compareExportsAsync(ExportType.WORKTYPE, "matter", "uat", "vnext",
        CompareOptions.defaults()).get(20, TimeUnit.SECONDS);

    assertThat(async.left()).isEqualTo("uat");
    assertThat(async.right()).isEqualTo("vnext");
    assertThat(async.components()).hasSameSizeAs(blocking.components());
  }

  @Test
  void comparesPackagesWithoutOptions() {
    Path left = out.resolve("left.zip");
    Path right = out.resolve("right.zip");
    client.export(matter("uat"), left);
    client.export(matter("vnext"), right);

    ComparisonResult result = client.comparePackages(left, right);

    assertThat(result).isEqualTo(client.comparePackages(left, right, CompareOptions.defaults()));
  }

  @Test
  void aResultPrintsAsOneShortLine() {
    ExportResult result = client.export(matter("uat"), out.resolve("line.zip"));

    assertThat(result.toString()).doesNotContain("\n").hasSizeLessThan(300)
        .startsWith("ExportResult[WORKTYPE matter from uat by PACKAGE_EXPORT, job " + result.job().jobId())
        .contains("kept at");
  }
}
