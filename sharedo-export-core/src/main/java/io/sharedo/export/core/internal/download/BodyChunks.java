package io.sharedo.export.core.internal.download;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Pulls a response body chunk by chunk with an idle timeout. The JDK client's own timeout ends when
 * the headers arrive; a server that stops sending in the middle of a body (a half-dead connection)
 * would otherwise block the reader forever. One reader thread; the client's threads feed it.
 */
final class BodyChunks implements Flow.Subscriber<List<ByteBuffer>>, AutoCloseable {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Duration idleTimeout;
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;

  /** One body's chunks, as delivered. */
  private record Chunk(List<ByteBuffer> buffers) {}

  BodyChunks(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(new Chunk(item));
  }

  @Override
  public void onError(Throwable throwable) {
    queue.add(throwable);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  /**
   * The next buffers of the body.
   *
   * @return the buffers, or null at the end of the body
   * @throws IOException when the connection broke or stayed silent for the idle timeout
   * @throws InterruptedException when the reading thread is interrupted
   */
  List<ByteBuffer> next() throws IOException, InterruptedException {
    Object item = queue.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
    if (item == null) {
      close();
      throw new HttpTimeoutException("no data for " + idleTimeout);
    }
    if (item == END) {
      return null;
    }
    if (item instanceof Throwable failure) {
      throw failure instanceof IOException io ? io : new IOException(failure);
    }
    subscription.request(1);
    return ((Chunk) item).buffers();
  }

  @Override
  public void close() {
    closed = true;
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
