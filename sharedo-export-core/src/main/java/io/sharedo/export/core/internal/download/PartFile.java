package io.sharedo.export.core.internal.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partial download {@code <name>.part-<random>} beside the destination: gathered writes, and
 * write-back while the transfer runs. Making a large file durable only at the end cost a long
 * {@code fsync} after the last byte (about 0.3 s for 512 MiB here: the whole file was still dirty in
 * the page cache); so once {@value #WRITEBACK_STEP} bytes are written since the last one, a
 * background thread asks the disk to catch up ({@code force(false)}), at most one such request at a
 * time, and the final {@link #makeDurable()} only has the tail left. Small packages never start that
 * thread. One writer thread; {@link #close()} stops the write-back thread.
 */
final class PartFile implements AutoCloseable {
  /** Bytes written between two background write-back requests. */
  static final long WRITEBACK_STEP = 32L << 20;
  private static final Logger LOG = LoggerFactory.getLogger(PartFile.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final Path path;
  private final FileChannel channel;
  private @Nullable ThreadPoolExecutor writeback;
  private long unflushed;

  private PartFile(Path path, FileChannel channel) {
    this.path = path;
    this.channel = channel;
  }

  /**
   * Creates a new part file in {@code folder}.
   *
   * @param folder an existing folder
   * @param name the name the part file is derived from
   * @return the open part file
   * @throws IOException when it cannot be created
   */
  static PartFile create(Path folder, String name) throws IOException {
    Path path = folder.resolve(name + ".part-" + UUID.randomUUID().toString().substring(0, 8));
    return new PartFile(path, FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
  }

  Path path() {
    return path;
  }

  /**
   * Writes all of the buffers, in one gathered write where the system allows.
   *
   * @param buffers the buffers, written from their positions
   * @param bytes how many bytes they hold together
   * @throws WriteFailure when the disk refuses (for example full)
   * @throws ClosedByInterruptException when the thread was interrupted
   */
  void write(ByteBuffer[] buffers, long bytes) throws IOException {
    try {
      for (long left = bytes; left > 0; ) {
        left -= channel.write(buffers);
      }
    } catch (ClosedByInterruptException e) {
      throw e;
    } catch (IOException e) {
      throw new WriteFailure(e);
    }
    unflushed += bytes;
    if (unflushed >= WRITEBACK_STEP) {
      unflushed = 0;
      startWriteback();
    }
  }

  private void startWriteback() {
    if (writeback == null) {
      writeback = new ThreadPoolExecutor(0, 1, 1, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "sharedo-export-writeback-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.DiscardPolicy());
    }
    writeback.execute(() -> {
      try {
        channel.force(false);
      } catch (IOException e) {
        // The final force reports a real disk error; a closed channel here just ended the download.
        LOG.debug("background write-back of {} stopped: {}", path, e.toString());
      }
    });
  }

  /**
   * Empties the file to start the download over.
   *
   * @throws IOException when the file cannot be truncated
   */
  void truncate() throws IOException {
    channel.truncate(0);
    channel.position(0);
    unflushed = 0;
  }

  /**
   * Forces everything written to the disk, after any background write-back has finished.
   *
   * @throws IOException when the disk reports an error
   */
  void makeDurable() throws IOException {
    stopWriteback();
    channel.force(true);
  }

  private void stopWriteback() {
    if (writeback != null) {
      writeback.shutdown();
      boolean interrupted = false;
      while (true) {
        try {
          if (writeback.awaitTermination(1, TimeUnit.MINUTES)) {
            break;
          }
          LOG.warn("the disk has not finished writing {} back for a minute; still waiting", path);
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Closes the file, stopping the write-back thread first; the file stays where it is. */
  @Override
  public void close() throws IOException {
    try {
      stopWriteback();
    } finally {
      channel.close();
    }
  }

  /** Removes the part file, logging (never throwing) when that fails. */
  void deleteQuietly() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warn("could not delete the partial download {}", path, e);
    }
  }

  /**
   * The disk refused a write: final, unlike a broken connection. Retrying cannot free space or grant
   * permissions, and a resume would start from a file position that no longer matches the bytes counted.
   */
  static final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    WriteFailure(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }
}
