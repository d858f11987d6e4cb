package io.sharedo.export.examples.cli;

import io.sharedo.export.BatchExportService;
import io.sharedo.export.ExportJobManager;
import io.sharedo.export.ExportListener;
import io.sharedo.export.ExportService;
import io.sharedo.export.core.Environment;
import io.sharedo.export.core.ShareDoExportClient;
import io.sharedo.export.core.ShareDoExportClientBuilder;
import io.sharedo.export.testkit.FakeShareDoServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The real {@link Backend}: a {@link ShareDoExportClient} with one environment per name the command
 * uses, each on its own server (from {@code --server} for a single environment, or the environments
 * file); or, with neither, the testkit's
 * {@link FakeShareDoServer} with its demo data, whose environments are all registered. Thread-safe
 * as the client is; {@link #close()} stops the client, then the fake server.
 */
final class ClientBackend implements Backend {
  static final List<String> DEMO_ENVIRONMENTS = List.of("uat", "vnext");
  static final String FAKE_SERVER_NOTICE =
      "no --server given: using the built-in fake ShareDo server with demo data (environments uat, vnext)";

  private final ShareDoExportClient client;
  private final FakeShareDoServer fakeServer;

  private ClientBackend(ShareDoExportClient client, FakeShareDoServer fakeServer) {
    this.client = client;
    this.fakeServer = fakeServer;
  }

  /**
   * Opens the backend; a {@link BackendFactory}.
   *
   * @param context the run
   * @param servers which server each environment is on
   * @param environments the environment names the command uses
   * @param listener the exports' listener
   * @param journal the job journal folder, or null
   * @return the open backend
   */
  static Backend open(CliContext context, Servers servers, Set<String> environments,
      ExportListener listener, Path journal) {
    if (!servers.usesFakeServer()) {
      ShareDoExportClientBuilder builder =
          servers.timeouts().applyTo(ShareDoExportClient.builder().listener(listener));
      servers.resolve(environments).forEach((name, connection) -> builder.environment(name, connection.toEnvironment()));
      if (journal != null) {
        builder.journalDirectory(journal);
      }
      return new ClientBackend(builder.build(), null);
    }
    for (String name : environments) {
      if (!DEMO_ENVIRONMENTS.contains(name)) {
        throw new UsageException("the built-in fake server has the environments " + String.join(" and ",
            DEMO_ENVIRONMENTS) + ", not '" + name + "' (give --server to use a real ShareDo server)");
      }
    }
    context.err().println(FAKE_SERVER_NOTICE);
    FakeShareDoServer server = FakeShareDoServer.builder().demoData().start();
    try {
      ShareDoExportClientBuilder builder =
          servers.timeouts().applyTo(ShareDoExportClient.builder().listener(listener));
      for (String name : DEMO_ENVIRONMENTS) {
        builder.environment(name, Environment.builder(server.baseUrl(name))
            .clientCredentials(server.identityUrl(), server.clientId(), server.clientSecret())
            .build());
      }
      if (journal != null) {
        builder.journalDirectory(journal);
      }
      return new ClientBackend(builder.build(), server);
    } catch (RuntimeException | Error e) {
      server.close();
      throw e;
    }
  }

  @Override
  public ExportService exports() {
    return client;
  }

  @Override
  public ExportJobManager jobs() {
    return client;
  }

  @Override
  public BatchExportService batches() {
    return client;
  }

  @Override
  public void close() {
    try {
      client.close();
    } finally {
      if (fakeServer != null) {
        fakeServer.close();
      }
    }
  }
}
