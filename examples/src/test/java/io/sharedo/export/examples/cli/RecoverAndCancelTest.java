package io.sharedo.export.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.JobPhase;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.internal.journal.JobJournal;
import io.sharedo.export.testkit.Extension;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.JobView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an interrupted run leaves behind: {@code recover} finishes it, Ctrl-C during a batch cancels it. */
class RecoverAndCancelTest {

  @TempDir
  Path dir;

  private static List<String> connect(FakeShareDoServer server) {
    return List.of("--server", server.baseUrl("uat").toString(), "--client-id", server.clientId(),
        "--client-secret", server.clientSecret(), "--identity-url", server.identityUrl().toString());
  }

  private static String[] args(List<String> connection, String... args) {
    return Stream.concat(Stream.of(args), connection.stream()).toArray(String[]::new);
  }

  @Test
  void anExportWhoseJobOutlivedItSaysRecoverCanFinishIt() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      server.injectForNextJob(io.sharedo.export.testkit.Fault.jobNeverFinishes());
      Path journal = dir.resolve("journal");

      CliRun run = CliRun.run(args(connect(server), "export", "--type", "worktype", "--system-name", "matter",
          "--environment", "uat", "--out", dir.resolve("out").toString(), "--journal", journal.toString(),
          "--timeout", "1s"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err()).contains("EXPORT_002").contains("'sharedo-export recover'");
      assertThat(new JobJournal(journal).list()).as("the job the hint speaks of").hasSize(1);
    }
  }

  @Test
  void anExportThatFailedBeforeAnyJobSaysNothingOfRecover() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      CliRun run = CliRun.run(args(List.of("--server", server.baseUrl("uat").toString(), "--token", "not-a-token"),
          "export", "--type", "worktype", "--system-name", "matter", "--environment", "uat", "--out",
          dir.resolve("out").toString(), "--journal", dir.resolve("journal").toString()));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.err()).doesNotContain("recover");
    }
  }

  @Test
  void aRecoverThatFetchesNothingLeavesNoEmptyOutFolder() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Path journal = dir.resolve("journal");
      ExportJob gone = new ExportJob("job-the-server-forgot", ExportParams.of(ExportType.WORKTYPE, "matter", "uat"),
          "key-1", Instant.now());
      new JobJournal(journal).record(gone, JobPhase.MONITORING, null);
      Path out = dir.resolve("recovered");

      CliRun run = CliRun.run(args(connect(server), "recover", "--journal", journal.toString(), "--out",
          out.toString()));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void recoverWithOutKeepsEveryPackageInTheFolder() throws Exception {
    try (FakeShareDoServer server = FakeShareDoServer.builder().demoData().start()) {
      Path journal = dir.resolve("journal");
      Path out = dir.resolve("recovered");
      ExportJob job;
      try (ShareDoExportClient client = client(server)) {
        job = client.createJob(ExportParams.of(ExportType.WORKTYPE, "dispute", "uat"));
      }
      new JobJournal(journal).record(job, JobPhase.MONITORING, null);

      CliRun run = CliRun.run(args(connect(server), "recover", "--journal", journal.toString(), "--out",
          out.toString()));

      Path kept = out.resolve("worktype-dispute-uat.zip");
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(kept).isRegularFile();
      assertThat(run.out()).contains("package " + kept);
      assertThat(new JobJournal(journal).list()).isEmpty();
    }
  }

  @Test
  void recoverFinishesTheJobsAPreviousRunLeftInTheJournal() throws Exception {
    try (FakeShareDoServer server =
        FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(200)).start()) {
      Path journal = dir.resolve("journal");
      ExportJob job;
      try (ShareDoExportClient client = client(server)) {
        job = client.createJob(ExportParams.of(ExportType.WORKTYPE, "dispute", "uat"));
      }
      // What a process killed while monitoring leaves behind. Its environment had another name on
      // that run ("staging"): --server serves the one environment named, never another's jobs.
      ExportJob staging = new ExportJob(job.jobId(), job.params().withEnvironment("staging"), job.idempotencyKey(),
          job.createdAt());
      new JobJournal(journal).record(staging, JobPhase.MONITORING, null);
      ExportJob gone = new ExportJob("job-the-server-forgot", job.params(), "key-2", Instant.now());
      new JobJournal(journal).record(gone, JobPhase.MONITORING, null);

      CliRun run = CliRun.run(args(connect(server), "recover", "--journal", journal.toString(), "--environment",
          "staging"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      assertThat(run.out()).contains("recovered worktype dispute from staging (job " + job.jobId())
          .contains("could not recover worktype dispute from uat (job job-the-server-forgot")
          .contains("EXPORT_003");
      assertThat(run.err()).contains("hint (EXPORT_003)");
      // No new job was created: the recovered one was finished.
      assertThat(server.jobs()).extracting(JobView::id).containsExactly(job.jobId());
    }
  }

  @Test
  void interruptingABatchCancelsItsJobsOnTheServer() throws Exception {
    try (FakeShareDoServer server =
        FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMinutes(5)).extensions(Extension.CANCEL)
            .start()) {
      // Three items, two at a time: two are running when the batch is interrupted, one has not started.
      Path items = Files.writeString(dir.resolve("items.csv"),
          "worktype,matter,uat\nworktype,dispute,uat\nconfiguration,Core.Case,uat\n");
      CliRun run = interruptOnceTwoJobsRun(server, args(connect(server), "batch", "--items", items.toString(),
          "--concurrency", "2", "--out", dir.resolve("new-out").toString(), "--progress", "none", "--journal",
          dir.resolve("journal").toString()));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INTERRUPTED);
      // The third item never began: it is "not started", not a failure.
      assertThat(run.err()).startsWith("EXPORT_009: ")
          .contains("0 failed, 2 cancelled while running, 1 not started");
      assertThat(server.jobs()).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
      assertThat(dir.resolve("new-out")).as("the --out folder it created, still empty").doesNotExist();
    }
  }

  @Test
  void interruptedBatchNamingAnItemTwiceCountsEachItemOnce() throws Exception {
    try (FakeShareDoServer server =
        FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMinutes(5)).extensions(Extension.CANCEL)
            .start()) {
      // The same item twice, two at a time: both copies run, the third item has not started.
      Path items = Files.writeString(dir.resolve("items.csv"),
          "worktype,matter,uat\nworktype,matter,uat\nworktype,dispute,uat\n");
      CliRun run = interruptOnceTwoJobsRun(server, args(connect(server), "batch", "--items", items.toString(),
          "--concurrency", "2", "--progress", "none"));

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.INTERRUPTED);
      assertThat(run.err()).contains("0 exported, 0 failed, 2 cancelled while running, 1 not started");
      assertThat(server.jobs()).hasSize(2).extracting(JobView::state).containsOnly(JobView.State.CANCELLED);
    }
  }

  /** Runs the CLI on a thread of its own and interrupts it (Ctrl-C) once two jobs are created and polled. */
  private static CliRun interruptOnceTwoJobsRun(FakeShareDoServer server, String[] args) throws InterruptedException {
    AtomicReference<CliRun> result = new AtomicReference<>();
    Thread cli = new Thread(() -> result.set(CliRun.run(args)), "cli-under-test");
    cli.start();
    // Both jobs created and being polled: the client knows them.
    waitFor(() -> server.jobs().size() == 2 && server.jobs().stream().allMatch(j -> j.progressRequests() > 0));

    cli.interrupt();
    cli.join(10_000);

    assertThat(cli.isAlive()).isFalse();
    return result.get();
  }

  private static ShareDoExportClient client(FakeShareDoServer server) {
    return ShareDoExportClient.builder()
        .environment("uat", Environment.builder(server.baseUrl("uat"))
            .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
            .build())
        .build();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }
}
