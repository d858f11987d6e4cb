package io.sharedo.export.core;

import io.sharedo.export.ExportListener;
import io.sharedo.export.core.internal.auth.ClientCredentialsTokenSource;
import io.sharedo.export.core.internal.auth.FixedTokenSource;
import io.sharedo.export.core.internal.http.HttpTransport;
import io.sharedo.export.core.internal.http.PlainHttpTls;
import io.sharedo.export.core.internal.http.Retrier;
import io.sharedo.export.core.internal.http.TokenSource;
import io.sharedo.export.core.internal.job.JobApi;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Builds the per-environment HTTP stack: one pooled {@link HttpClient} and token source each. */
final class ClientWiring {
  private ClientWiring() {}

  /**
   * The job API of every environment.
   *
   * @param settings the client's settings
   * @param threads runs the HTTP clients' tasks and stops the clients when closed
   * @param retryListener told about every retry (routes each to its call's listener too)
   * @return the APIs by environment name
   */
  static Map<String, JobApi> jobApis(ClientSettings settings, ClientThreads threads, ExportListener retryListener) {
    Retrier retrier = new Retrier(settings.recoveryPolicy(), settings.retrySettings(), retryListener);
    Map<String, JobApi> apis = new LinkedHashMap<>();
    settings.environments().forEach((name, env) -> {
      HttpClient.Builder builder = HttpClient.newBuilder()
          .connectTimeout(settings.connectTimeout())
          .version(env.httpVersion())
          .followRedirects(HttpClient.Redirect.NEVER) // see Redirects: the JDK would copy credentials anywhere
          .executor(threads.http());
      HttpClient client = threads.adopt(PlainHttpTls.apply(builder, env.baseUrl(), env.identityUrl()).build());
      TokenSource tokens = env.usesFixedToken()
          ? new FixedTokenSource(env.bearerToken())
          : new ClientCredentialsTokenSource(client,
              // Environment.build() guarantees all three for client credentials.
              HttpTransport.join(Objects.requireNonNull(env.identityUrl()), settings.endpoints().token()),
              Objects.requireNonNull(env.clientId()), Objects.requireNonNull(env.clientSecret()),
              env.grant().orElseThrow().wireName(), env.impersonateUser(), env.impersonateProvider(),
              settings.requestTimeout(), settings.maxResponseBodySize());
      HttpTransport http = new HttpTransport(name, client, env.baseUrl(), tokens, settings.requestTimeout(), retrier,
          settings.maxResponseBodySize());
      apis.put(name, new JobApi(http, settings.endpoints(), env.exportConfigName()));
    });
    return apis;
  }
}
