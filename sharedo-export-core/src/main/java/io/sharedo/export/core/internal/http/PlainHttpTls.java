package io.sharedo.export.core.internal.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import org.jspecify.annotations.Nullable;

/**
 * The TLS set-up of an environment's {@link HttpClient}. A client built without an
 * {@code SSLContext} creates the JDK's default one at once, reading the trust store: in a fresh JVM
 * that is about 400 classes and 0.15 s of CPU, before the first request, even when every URL the
 * client will see is plain {@code http} (a test suite against the testkit's fake server, a local
 * server). An environment whose server and identity URLs are both {@code http} never needs TLS:
 * redirects are followed within the same origin only, scheme included ({@link Redirects}). Such a
 * client gets a context that refuses every use, so a TLS connection it should never make fails
 * with an {@code IOException} instead of being made. Any {@code https} URL keeps the JDK's default
 * context, untouched. Stateless, thread-safe.
 */
public final class PlainHttpTls {
  private static final String REFUSED = "this client talks plain http only (its environment has no https URL); "
      + "TLS is not set up";
  private static final SSLContext REFUSING = new SSLContext(new RefusingSpi(), null, "TLS") {};

  private PlainHttpTls() {}

  /**
   * Sets the refusing context on {@code builder} when neither URL is {@code https}; otherwise leaves
   * the builder alone, so the JDK's default context is used.
   *
   * @param builder the client builder
   * @param baseUrl the environment's server URL
   * @param identityUrl its identity server URL, or null when it uses a fixed token
   * @return the same builder
   */
  public static HttpClient.Builder apply(HttpClient.Builder builder, URI baseUrl, @Nullable URI identityUrl) {
    if (plainHttp(baseUrl) && (identityUrl == null || plainHttp(identityUrl))) {
      // Default parameters would be read from the context; these leave every TLS choice unset.
      builder.sslContext(REFUSING).sslParameters(new SSLParameters());
    }
    return builder;
  }

  private static boolean plainHttp(URI url) {
    return "http".equalsIgnoreCase(url.getScheme());
  }

  /** Refuses everything: no engine, no socket, no session. */
  private static final class RefusingSpi extends SSLContextSpi {
    private static IllegalStateException refused() {
      return new IllegalStateException(REFUSED);
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) {
      throw refused();
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }
  }
}
