package io.sharedo.export.core.internal.pkg;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import net.lingala.zip4j.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the package reader's libraries while the first export job of the JVM runs on the server.
 * Reading a package needs Jackson's data binding and Zip4j: about 500 classes that a fresh JVM
 * loaded only after the download, which made up most of the command-line tool's time between the
 * last byte and its exit (about 0.2 s on the 2-core machine of figure 7). A job takes seconds on the
 * server; the client spends them waiting. So once per JVM, when a job has been created, a
 * low-priority daemon thread ({@code sharedo-export-warmup}) parses a small manifest-shaped document
 * with the reader's own strict mapper and touches Zip4j's reading classes. It reads no file, writes
 * nothing, and ends in a few hundred milliseconds; a later JVM-wide class initialisation simply finds
 * the work done. Thread-safe.
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
    Thread thread = new Thread(ReaderWarmUp::run, "sharedo-export-warmup");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  static void run() {
    try {
      JsonTrees.parse(SAMPLE);
      try (var parser = JsonTrees.parser(SAMPLE)) {
        parser.nextToken();
        JsonTrees.readValue(parser);
      }
      // A missing file: Zip4j answers false without opening anything, having loaded its reader.
      try (ZipFile zip = new ZipFile(new File("sharedo-export-warmup-" + System.nanoTime() + ".zip"))) {
        zip.isValidZipFile();
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("the package reader warm-up stopped early: {}", e.toString());
    }
  }
}
