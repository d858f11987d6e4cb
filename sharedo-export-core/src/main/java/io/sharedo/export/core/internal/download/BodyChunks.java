package io.sharedo.export.core.internal.download;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Pulls a response body in batches with an idle timeout. It is the response's body subscriber
 * itself ({@link #handler}): {@code BodyHandlers.ofPublisher()} would put one more relay (and thread
 * hand-off) between the HTTP client and the reader. The JDK client's own timeout ends when
 * the headers arrive; a server that stops sending in the middle of a body (a half-dead connection)
 * would otherwise block the reader forever. One reader thread; the client's threads feed it.
 *
 * <p>Bounded read-ahead: at most {@link #READ_AHEAD} deliveries are requested and not yet handed
 * back by the reader (a batch counts as handed back when the reader asks for the next one). The JDK
 * client delivers its 16 KiB buffers one per delivery, so that is about 1 MiB. Requesting one
 * delivery at a time instead made every 16 KiB a thread hand-off: the 512 MiB loopback figure (1a)
 * went from about 150 to 240-290 MiB/s with this; 2 or 4 MiB ahead measured no better.
 */
final class BodyChunks implements HttpResponse.BodySubscriber<BodyChunks>, AutoCloseable {
  /** Deliveries requested ahead of the reader. */
  static final int READ_AHEAD = 64;
  private static final int REFILL = READ_AHEAD / 2;
  private static final Object END = new Object();

  /** Holds at most READ_AHEAD chunks plus the end: the demand bounds it. */
  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Duration idleTimeout;
  private final List<Object> drained = new ArrayList<>();
  private final AtomicLong delivered = new AtomicLong();
  private volatile Flow.@Nullable Subscription subscription;
  private volatile boolean closed;
  /** END or the failure, once taken from the queue; reported after the data before it. */
  private @Nullable Object terminal;
  /** Deliveries handed back by the reader and not yet requested again. */
  private int handedBack;
  /** Deliveries in the batch the reader holds. */
  private int held;
  private long handedBackTotal;

  /** One delivery of the body. */
  private record Chunk(List<ByteBuffer> buffers) {}

  BodyChunks(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  /**
   * A body handler that hands each body straight to a new {@code BodyChunks}, whatever the status:
   * the caller reads the status and headers, then reads or {@link #close()}s the body.
   *
   * @param idleTimeout how long the body may stay silent
   * @return the handler
   */
  static HttpResponse.BodyHandler<BodyChunks> handler(Duration idleTimeout) {
    return info -> new BodyChunks(idleTimeout);
  }

  /** This subscriber itself, at once: the body is read through {@link #next()} after the headers. */
  @Override
  public CompletionStage<BodyChunks> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(READ_AHEAD);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    delivered.incrementAndGet();
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
   * The next buffers of the body: everything that arrived since the last call, waiting for at least
   * one delivery. The buffers of the previous call must no longer be in use.
   *
   * @return the buffers (not empty), or null at the end of the body
   * @throws IOException when the connection broke or stayed silent for the idle timeout
   * @throws InterruptedException when the reading thread is interrupted
   */
  @Nullable List<ByteBuffer> next() throws IOException, InterruptedException {
    handBack();
    if (terminal == null) {
      Object first = queue.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
      if (first == null) {
        close();
        throw new HttpTimeoutException("no data for " + idleTimeout);
      }
      drained.clear();
      drained.add(first);
      queue.drainTo(drained);
      List<ByteBuffer> buffers = new ArrayList<>(drained.size());
      for (Object item : drained) {
        if (item instanceof Chunk chunk) {
          buffers.addAll(chunk.buffers());
          held++;
        } else {
          terminal = item;
          break;
        }
      }
      drained.clear();
      if (!buffers.isEmpty()) {
        return buffers;
      }
    }
    if (terminal == END) {
      return null;
    }
    Throwable failure = (Throwable) terminal;
    throw failure instanceof IOException io ? io : new IOException(failure);
  }

  /** The previous batch is done with: ask for more once half the read-ahead is free. */
  private void handBack() {
    handedBack += held;
    handedBackTotal += held;
    held = 0;
    if (handedBack >= REFILL && terminal == null && !closed) {
      Objects.requireNonNull(subscription, "subscribed before the first batch").request(handedBack);
      handedBack = 0;
    }
  }

  /**
   * The start of the body as text, for an error answer's message; closes the body.
   *
   * @param maxBytes the most bytes to read
   * @return the text, possibly cut short; empty when the body broke
   */
  String text(int maxBytes) {
    java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
    try (this) {
      for (List<ByteBuffer> batch; text.size() < maxBytes && (batch = next()) != null; ) {
        for (ByteBuffer buffer : batch) {
          byte[] bytes = new byte[Math.min(buffer.remaining(), maxBytes - text.size())];
          buffer.get(bytes);
          text.write(bytes, 0, bytes.length);
        }
      }
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Deliveries the client has made so far (for tests). */
  long delivered() {
    return delivered.get();
  }

  /** Deliveries the reader has handed back so far, not counting the batch it holds (for tests). */
  long handedBack() {
    return handedBackTotal;
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
