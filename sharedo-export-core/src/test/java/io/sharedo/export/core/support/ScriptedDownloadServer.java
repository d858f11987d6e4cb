package io.sharedo.export.core.support;

import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A ShareDo server scripted on MockWebServer, over real sockets, for download tests: creating a job
 * answers {@code {"exportJobId":"job-1"}}, progress answers finished with the progress body the test
 * chooses (no {@code packageSize}/{@code packageSha256} by default, as a real server), and each
 * download request takes the next scripted answer. It records every download request.
 */
public final class ScriptedDownloadServer implements AutoCloseable {
  /** The job id every create answers. */
  public static final String JOB_ID = "job-1";
  private static byte[] realPackage;

  private final MockWebServer server = new MockWebServer();
  private final BlockingQueue<Function<RecordedRequest, MockResponse>> downloads = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> downloadRequests = new CopyOnWriteArrayList<>();
  private volatile String progress = progress(null, null);

  /**
   * Starts the server.
   *
   * @throws IOException when it cannot bind
   */
  public ScriptedDownloadServer() throws IOException {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (path.endsWith("/download")) {
          downloadRequests.add(request);
          Function<RecordedRequest, MockResponse> next = downloads.poll();
          return next != null ? next.apply(request)
              : new MockResponse.Builder().code(500).body("no download scripted").build();
        }
        if (path.contains("/progress")) {
          return json(progress);
        }
        if (request.getMethod().equals("POST")) {
          return json("{\"exportJobId\":\"" + JOB_ID + "\"}");
        }
        return new MockResponse.Builder().code(404).build();
      }
    });
    server.start();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
  }

  /** A progress body of a finished job, with the optional extensions. */
  public static String progress(Long packageSize, String sha256) {
    return "{\"state\":\"COMPLETED\",\"percentage\":100,\"complete\":true,\"packageAvailable\":true"
        + (packageSize == null ? "" : ",\"packageSize\":" + packageSize)
        + (sha256 == null ? "" : ",\"packageSha256\":\"" + sha256 + "\"") + "}";
  }

  /** An answer to a download request: {@code 200} with {@code Content-Type: application/zip}, to add a body to. */
  public static MockResponse.Builder zip() {
    return new MockResponse.Builder().setHeader("Content-Type", "application/zip");
  }

  /** The SHA-256 of some bytes, lower-case hex, as {@code DownloadResult.sha256()} gives it. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sets what progress answers. */
  public void progressAnswers(String body) {
    this.progress = body;
  }

  /** Queues the answers to the next download requests, in order. */
  public void enqueueDownloads(MockResponse... responses) {
    for (MockResponse response : responses) {
      downloads.add(request -> response);
    }
  }

  /** Queues an answer made from the download request it answers (for example from its Range). */
  public void enqueueDownload(Function<RecordedRequest, MockResponse> answer) {
    downloads.add(answer);
  }

  /** The download requests received so far. */
  public List<RecordedRequest> downloadRequests() {
    return downloadRequests;
  }

  /** The environment {@code uat} on this server, with a fixed bearer token. */
  public Environment environment() {
    return Environment.builder(URI.create(server.url("/sharedo").toString())).bearerToken("scripted-token").build();
  }

  /** What the tests export: the {@code matter} work type on {@code uat}. */
  public static ExportParams matter() {
    return ExportParams.of(ExportType.WORKTYPE, "matter", "uat");
  }

  /**
   * A valid package as the testkit serves it, fetched once from a {@link FakeShareDoServer}, so the
   * tests follow the package format wherever it goes.
   *
   * @return the package's bytes
   * @throws Exception when the fake server fails
   */
  public static synchronized byte[] realPackage() throws Exception {
    if (realPackage == null) {
      try (FakeShareDoServer fake = FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(1)).start();
          ShareDoExportClient client = ShareDoExportClient.builder()
              .environment("uat", Environment.builder(fake.baseUrl("uat"))
                  .clientCredentials(fake.identityUrl(), fake.clientId(), fake.clientSecret()).build())
              .build()) {
        ExportJob job = client.createJob(matter());
        client.monitorJob(job, Duration.ofSeconds(30));
        Path file = Files.createTempFile("scripted-package", ".zip");
        try {
          client.downloadPackage(job, file);
          realPackage = Files.readAllBytes(file);
        } finally {
          Files.deleteIfExists(file);
        }
      }
    }
    return realPackage.clone();
  }

  @Override
  public void close() {
    server.close();
  }
}
