package io.sharedo.export.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import io.sharedo.export.ExportJob;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportMethod;
import io.sharedo.export.ExportOptions;
import io.sharedo.export.ExportParams;
import io.sharedo.export.ExportResult;
import io.sharedo.export.ExportType;
import io.sharedo.export.core.support.RecordedRequests;
import io.sharedo.export.testkit.Endpoint;
import io.sharedo.export.testkit.ErrorShape;
import io.sharedo.export.testkit.FakeShareDoServer;
import io.sharedo.export.testkit.FakeShareDoServerBuilder;
import io.sharedo.export.testkit.Fault;
import io.sharedo.export.testkit.ImpersonationRequirement;
import io.sharedo.export.testkit.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The client against the testkit's fake server behaving like a real ShareDo (no extensions) with one
 * switch at a time: impersonation required, PACKAGE CREATION FAILED, packaging after 100%, every error
 * shape, and a fallback answering JSON or a ZIP.
 */
class RealServerSwitchesTest {
  private final List<String> steps = new CopyOnWriteArrayList<>();
  private FakeShareDoServer server;
  private ShareDoExportClient client;
  @TempDir
  Path out;

  @AfterEach
  void stop() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private void start(UnaryOperator<FakeShareDoServerBuilder> server, UnaryOperator<Environment.Builder> auth) {
    this.server = server.apply(FakeShareDoServer.builder().demoData().jobDuration(Duration.ofMillis(300))).start();
    Environment.Builder env = Environment.builder(this.server.baseUrl("uat"))
        .clientCredentials(this.server.identityUrl(), this.server.clientId(), this.server.clientSecret());
    client = ShareDoExportClient.builder().environment("uat", auth.apply(env).build())
        .retrySettings(RetrySettings.builder().maxAttempts(1).build())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(20)).maxInterval(Duration.ofMillis(100))
            .build())
        .tempDirectory(out.resolve("tmp"))
        .listener(new ExportListener() {
          @Override
          public void progress(ExportJob job, int percentage, String step) {
            steps.add(step);
          }
        })
        .build();
  }

  private static ExportParams matter(boolean fallback) {
    return ExportParams.builder().type(ExportType.WORKTYPE).systemName("matter").environment("uat")
        .options(ExportOptions.builder().allowFallback(fallback).build()).build();
  }


  @Test
  void serverRefusingClientCredentialsIsExport008NamingTheGrant() {
    start(s -> s.requireImpersonation(ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT), e -> e);

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter(false)));

    assertThat(error.code()).isEqualTo(ExportErrorCode.AUTHENTICATION_FAILED);
    assertThat(error.getMessage()).contains("refused the grant client_credentials").contains("unsupported_grant_type");
  }

  @Test
  void impersonatingTheFixedUserExportsWhereClientCredentialsAreRefused() throws Exception {
    start(s -> s.requireImpersonation(ImpersonationRequirement.REFUSE_CLIENT_CREDENTIALS_GRANT),
        Environment.Builder::impersonateFixed);

    ExportResult result = client.export(matter(false));

    assertThat(result.content().workType("matter")).isPresent();
    assertThat(RecordedRequests.drain(server, Endpoint.TOKEN)).extracting(r -> r.grantType().orElse(""))
        .containsOnly("Impersonate.Fixed");
  }

  @Test
  void impersonatingAUserSendsTheUserAndProvider() throws Exception {
    start(s -> s.requireImpersonation(ImpersonationRequirement.REFUSE_EXPORT_WITHOUT_USER),
        e -> e.impersonate("ops@acme.example", "sharedo"));

    client.export(matter(false));

    RecordedRequest token = RecordedRequests.drain(server, Endpoint.TOKEN).get(0);
    assertThat(token.grantType()).contains("Impersonate.Specified");
    assertThat(token.impersonateUser()).contains("ops@acme.example");
  }

  @Test
  void exportWithoutAUserIsRefusedWithTheServersMessage() {
    start(s -> s.requireImpersonation(ImpersonationRequirement.REFUSE_EXPORT_WITHOUT_USER), e -> e);

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter(false)));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    assertThat(error.getMessage()).containsIgnoringCase("createdBy");
  }

  @Test
  void packageCreationFailedEndsTheExportAtOnceWithTheServersMessage() {
    start(s -> s, e -> e);
    server.injectForNextJob(Fault.packageCreationFails("the package store is full"));

    ExportException error = assertThrows(ExportException.class, () -> client.export(matter(false)));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_FAILED);
    assertThat(error.getMessage()).contains("the package store is full");
  }

  @Test
  void completeJobIsPackagingUntilItsPackageIsAvailable() {
    start(s -> s.packagingDelayPolls(3), e -> e);

    ExportResult result = client.export(matter(false));

    assertThat(result.method()).isEqualTo(ExportMethod.PACKAGE_EXPORT);
    assertThat(steps).contains("packaging the export");
  }

  @ParameterizedTest
  @EnumSource(ErrorShape.class)
  void everyErrorShapeOfTheServerReachesTheException(ErrorShape shape) {
    start(s -> s.errorShape(shape), e -> e);

    ExportException error = assertThrows(ExportException.class,
        () -> client.export(ExportParams.of(ExportType.WORKTYPE, "no-such-work-type", "uat")));

    assertThat(error.code()).isEqualTo(ExportErrorCode.JOB_CREATION_FAILED);
    if (shape == ErrorShape.HTML_PAGE) {
      assertThat(error.getMessage()).contains("HTML page").contains(server.baseUrl("uat").toString());
    } else {
      assertThat(error.getMessage()).contains("no-such-work-type").doesNotContain("errorMessage");
    }
  }

  @Test
  void fallbackAnsweringOneJsonDocumentGivesTheTypedWorkTypeAndKeepsTheJson() throws Exception {
    start(s -> s, e -> e);
    server.inject(Fault.packageExportMissing());

    ExportResult result = client.export(matter(true), out.resolve("matter.zip"));

    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    assertThat(result.content().workType("matter")).isPresent();
    assertThat(result.download().path()).isEqualTo(out.resolve("matter.json"));
    assertThat(Files.readString(out.resolve("matter.json"))).contains("\"BaseSharedo\"");
    assertThat(out.resolve("matter.zip")).doesNotExist();
  }

  @Test
  void fallbackAnsweringAZipIsReadLikeAPackage() {
    start(FakeShareDoServerBuilder::fallbackAnswersZip, e -> e);
    server.inject(Fault.packageExportMissing());

    ExportResult result = client.export(matter(true), out.resolve("matter.zip"));

    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    assertThat(result.content().workType("matter")).isPresent();
    assertThat(result.download().path()).isEqualTo(out.resolve("matter.zip"));
  }
  @Test
  void jsonFallbackIntoAFolderIsKeptAsAJsonFileNamedForTheWorkType() throws Exception {
    start(s -> s, e -> e);
    server.inject(Fault.packageExportMissing());
    Path folder = Files.createDirectory(out.resolve("exports"));

    ExportResult result = client.export(matter(true), folder);

    Path kept = folder.resolve("configuration-export-matter.json");
    assertThat(result.method()).isEqualTo(ExportMethod.CONFIGURATION_EXPORT);
    assertThat(result.download().path()).isEqualTo(kept);
    assertThat(Files.readString(kept)).contains("\"BaseSharedo\"");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(kept);
    }
  }

  @Test
  void zipFallbackIntoAFolderIsKeptAsAZipFile() throws Exception {
    start(FakeShareDoServerBuilder::fallbackAnswersZip, e -> e);
    server.inject(Fault.packageExportMissing());
    Path folder = Files.createDirectory(out.resolve("exports"));

    ExportResult result = client.export(matter(true), folder);

    Path kept = folder.resolve("configuration-export-matter.zip");
    assertThat(result.download().path()).isEqualTo(kept);
    assertThat(Files.size(kept)).isEqualTo(result.download().size());
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).containsExactly(kept);
    }
  }
}
