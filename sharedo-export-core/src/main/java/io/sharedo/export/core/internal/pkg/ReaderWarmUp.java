package io.sharedo.export.core.internal.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.lingala.zip4j.io.inputstream.ZipInputStream;
import net.lingala.zip4j.model.LocalFileHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the package reader's libraries while the first export job of the JVM runs on the server.
 * Reading a package needs Jackson's data binding and Zip4j: about 500 classes that a fresh JVM
 * loaded only after the download, which made up most of the command-line tool's time between the
 * last byte and its exit (about 0.2 s on the 2-core machine of figure 7). A job takes seconds on the
 * server; the client spends them waiting. So once per JVM, when a job has been created, a
 * low-priority daemon thread ({@code sharedo-warmup}) parses a small manifest-shaped document with
 * the reader's own strict mapper and reads a one-entry ZIP, made in memory, with Zip4j (headers and
 * inflater). It also loads the JDK's security providers, which the download's SHA-256 and the
 * random name of its temporary folder need (about 15 ms more on that path otherwise). It writes no
 * file, and ends in a few hundred milliseconds; a later JVM-wide class
 * initialisation simply finds the work done. The thread belongs to no client, so
 * {@code ShareDoExportClient.close()} does not wait for it. Thread-safe.
 */
public final class ReaderWarmUp {
  private static final Logger LOG = LoggerFactory.getLogger(ReaderWarmUp.class);
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  /** A manifest-shaped document: objects, arrays, text, numbers, booleans and null. */
  static final byte[] SAMPLE = ("{\"Name\":\"warm-up\",\"CreatedOn\":\"2026-01-01T00:00:00Z\",\"Steps\":[{\"Id\":"
      + "\"00000000-0000-0000-0000-000000000000\",\"Order\":1,\"Selector\":{\"systemName\":\"x\"},\"Enabled\":true,"
      + "\"Size\":12.5,\"Files\":[]}],\"Extra\":null}").getBytes(StandardCharsets.UTF_8);

  private ReaderWarmUp() {}

  /** Starts the warm-up unless this JVM already has. Returns at once. */
  public static void startOnce() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(ReaderWarmUp::run, "sharedo-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  /**
   * The warm-up itself, on the calling thread.
   *
   * @return the bytes of the sample read back from the in-memory ZIP (for tests)
   */
  static int run() {
    try {
      JsonTrees.parse(SAMPLE);
      try (var parser = JsonTrees.parser(SAMPLE)) {
        parser.nextToken();
        JsonTrees.readValue(parser);
      }
      MessageDigest.getInstance("SHA-256").update(SAMPLE);
      new SecureRandom().nextLong();
      return readBack(zipOfSample());
    } catch (IOException | GeneralSecurityException | RuntimeException e) {
      LOG.debug("the package reader warm-up stopped early: {}", e.toString());
      return -1;
    }
  }

  private static byte[] zipOfSample() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("manifest.json"));
      out.write(SAMPLE);
      out.closeEntry();
    }
    return zip.toByteArray();
  }

  private static int readBack(byte[] zip) throws IOException {
    int read = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      byte[] buffer = new byte[4096];
      for (LocalFileHeader entry; (entry = in.getNextEntry()) != null; ) {
        LOG.trace("warm-up entry {}", entry.getFileName());
        for (int n; (n = in.read(buffer)) != -1; ) {
          read += n;
        }
      }
    }
    return read;
  }
}
