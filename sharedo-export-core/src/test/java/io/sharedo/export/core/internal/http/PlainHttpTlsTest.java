package io.sharedo.export.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** Only an environment without any https URL goes without TLS, and then TLS fails instead of being made. */
class PlainHttpTlsTest {
  private static final URI HTTP = URI.create("http://sharedo.local:8080/env/uat");
  private static final URI HTTPS = URI.create("https://identity.example.com");

  @Test
  void aPlainHttpEnvironmentGetsAContextThatRefusesTls() throws Exception {
    HttpClient client = build(HTTP, URI.create("HTTP://identity.local"));

    assertThat(client.sslContext()).isNotSameAs(SSLContext.getDefault());
    assertThatThrownBy(() -> client.sslContext().createSSLEngine()).hasMessageContaining("plain http only");
    assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:9/"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(IOException.class);
  }

  @Test
  void aFixedTokenPlainHttpEnvironmentGoesWithoutTlsToo() throws Exception {
    assertThat(build(HTTP, null).sslContext()).isNotSameAs(SSLContext.getDefault());
  }

  @Test
  void anyHttpsUrlKeepsTheJdkDefaultContext() throws Exception {
    assertThat(build(HTTP, HTTPS).sslContext()).isSameAs(SSLContext.getDefault());
    assertThat(build(HTTPS, null).sslContext()).isSameAs(SSLContext.getDefault());
    assertThat(build(HTTPS, HTTP).sslContext()).isSameAs(SSLContext.getDefault());
  }

  private static HttpClient build(URI base, URI identity) {
    return PlainHttpTls.apply(HttpClient.newBuilder(), base, identity).build();
  }
}
