package io.sharedo.export.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * Figure 7's floor: the curl script's trip written in Java on the JDK {@code HttpClient} alone (one
 * source file: this class, its TLS stub and an anonymous {@code SSLContext}), what any Java client pays
 * before it does anything of its own. Token, create, progress every 0.5 s,
 * download to a file, then every entry read through {@link ZipFile} (its CRC checked, as
 * {@code unzip -t} does). No libraries, no argument parsing, no JSON parser (a regular expression,
 * like the script's {@code sed}), no retries, no validation, its classes loaded from a folder. It
 * takes the library's two start-up measures, or it would measure the JDK's defaults instead of the
 * transport: no TLS context for plain {@code http} (the default one reads the trust store, about
 * 0.2 s), and the client's selector thread ended before exit (HotSpot waits up to 0.3 s at exit for
 * a thread in native code).
 *
 * <pre>java -cp DIR io.sharedo.export.benchmarks.MinimalJavaTrip IDENTITY_URL BASE_URL CLIENT_ID SECRET OUT.zip</pre>
 */
public final class MinimalJavaTrip {
  private static final Pattern TOKEN = Pattern.compile("\"access_token\" *: *\"([^\"]+)\"");
  private static final Pattern JOB = Pattern.compile("\"exportJobId\" *: *\"([^\"]+)\"");
  private static final Pattern COMPLETE = Pattern.compile("\"complete\" *: *true");
  private static final Pattern AVAILABLE = Pattern.compile("\"packageAvailable\" *: *true");

  private MinimalJavaTrip() {}

  /**
   * Runs the trip; exits 1 when a request fails or the job fails.
   *
   * @param args identity URL, base URL, client id, client secret, the package file to write
   * @throws Exception when the trip fails
   */
  public static void main(String[] args) throws Exception {
    String identity = args[0];
    String base = args[1];
    HttpClient client = HttpClient.newBuilder()
        .sslContext(new SSLContext(new NoTls(), null, "TLS") {})
        .sslParameters(new SSLParameters())
        .build();
    String basic = Base64.getEncoder().encodeToString((args[2] + ":" + args[3]).getBytes(StandardCharsets.UTF_8));
    String token = field(TOKEN, send(client, HttpRequest.newBuilder(URI.create(identity + "/connect/token"))
        .header("Authorization", "Basic " + basic)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=sharedo"))));
    String auth = "Bearer " + token;
    String job = field(JOB, send(client, HttpRequest.newBuilder(
        URI.create(base + "/api/modeller/importexport/export/package"))
        .header("Authorization", auth)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"exportConfigName\":\"VeryBasic\",\"items\":"
            + "[{\"systemName\":\"sharedo-type\",\"selector\":{\"systemName\":\"matter\"}}]}"))));
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (true) {
      if (System.nanoTime() > deadline) {
        throw new IOException("job " + job + " was not done within a minute");
      }
      String progress = send(client, HttpRequest.newBuilder(
          URI.create(base + "/api/modeller/importexport/export/package/" + job + "/progress/"))
          .header("Authorization", auth)
          .header("Accept", "application/json"));
      if (COMPLETE.matcher(progress).find() && AVAILABLE.matcher(progress).find()) {
        break;
      }
      if (progress.contains("FAILED")) {
        throw new IOException("export failed: " + progress);
      }
      Thread.sleep(500);
    }
    Path out = Path.of(args[4]);
    HttpResponse<Path> download = client.send(HttpRequest.newBuilder(
        URI.create(base + "/modeller/__importexport/export/package/" + job + "/download"))
        .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofFile(out, StandardOpenOption.CREATE,
            StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    if (download.statusCode() != 200) {
      throw new IOException("download answered " + download.statusCode());
    }
    testEveryEntry(out);
    endSelectorThreads();
  }

  private static String send(HttpClient client, HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IOException(response.uri() + " answered " + response.statusCode());
    }
    return response.body();
  }

  private static String field(Pattern pattern, String json) throws IOException {
    Matcher matcher = pattern.matcher(json);
    if (!matcher.find()) {
      throw new IOException("no " + pattern + " in " + json);
    }
    return matcher.group(1);
  }

  /** Reads every entry to its end, so the JDK checks each one's CRC. */
  private static void testEveryEntry(Path file) throws IOException {
    byte[] buffer = new byte[8192];
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        try (InputStream in = zip.getInputStream(entries.nextElement())) {
          while (in.read(buffer) >= 0) {
            // reading is the test
          }
        }
      }
    }
  }

  /** What the library's {@code close()} does on Java 17: interrupting the selector ends its loop. */
  private static void endSelectorThreads() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().endsWith("-SelectorManager")) {
        thread.interrupt();
        thread.join(1000);
      }
    }
  }

  /**
   * No TLS at all: the trip is plain http. The same as the library's internal {@code PlainHttpTls}, written
   * again so that the floor loads no class of the library.
   */
  private static final class NoTls extends SSLContextSpi {
    private static IllegalStateException refused() {
      return new IllegalStateException("plain http only");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random) {
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
