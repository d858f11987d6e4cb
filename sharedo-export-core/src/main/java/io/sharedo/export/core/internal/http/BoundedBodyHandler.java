package io.sharedo.export.core.internal.http;

import io.sharedo.export.ExportErrorCode;
import io.sharedo.export.ExportException;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON or error answer into memory, but never more than a limit: past it the
 * subscription is cancelled (which closes the connection, so an endless body costs nothing
 * more) and the body is marked {@linkplain BoundedBody#truncated() truncated}. Replaces
 * {@code BodyHandlers.ofString()}, which buffers whatever the server sends. Decodes UTF-8 and
 * drops a byte-order mark. Immutable, thread-safe; each response gets its own subscriber.
 */
public final class BoundedBodyHandler implements HttpResponse.BodyHandler<BoundedBodyHandler.BoundedBody> {
  /** The default limit of a JSON answer: 1 MiB, far above any answer ShareDo sends. */
  public static final long DEFAULT_LIMIT = 1024 * 1024;

  private final long limit;

  /**
   * What was read: the text of at most {@code limit} bytes, and whether more was sent.
   *
   * @param text the (possibly partial) text
   * @param truncated whether the server sent more than the limit
   * @param limit the limit applied, in bytes
   */
  public record BoundedBody(String text, boolean truncated, long limit) {

    /**
     * The whole text, or a failure when the server sent more than the limit.
     *
     * @param code the code of the operation that reads it
     * @param what what the answer is, for the message (for example "the progress of job j-1")
     * @return the text
     * @throws ExportException {@code code}, not recoverable, when the body was truncated
     */
    public String complete(ExportErrorCode code, String what) {
      if (truncated) {
        throw tooLarge(code, what, limit);
      }
      return text;
    }
  }

  /**
   * A handler with the given limit.
   *
   * @param limit the most bytes kept, at least 1
   * @throws IllegalArgumentException when below 1
   */
  public BoundedBodyHandler(long limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    this.limit = limit;
  }

  /**
   * The limit in bytes.
   *
   * @return the limit
   */
  public long limit() {
    return limit;
  }

  /**
   * The failure for an answer that exceeded the limit.
   *
   * @param code the operation's code
   * @param what what the answer is
   * @param limit the limit
   * @return the exception (not recoverable: the same server would send the same answer)
   */
  public static ExportException tooLarge(ExportErrorCode code, String what, long limit) {
    return new ExportException(code, what + " is larger than the limit of " + limit + " bytes, so it was not read;"
        + " check that the URL points at ShareDo, or raise ShareDoExportClientBuilder.maxResponseBodySize",
        Map.of("bodyLimit", Long.toString(limit)), null, false);
  }

  @Override
  public HttpResponse.BodySubscriber<BoundedBody> apply(HttpResponse.ResponseInfo info) {
    return new Subscriber(limit);
  }

  /** Collects up to the limit, then cancels. */
  private static final class Subscriber implements HttpResponse.BodySubscriber<BoundedBody> {
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<BoundedBody> result = new CompletableFuture<>();
    private Flow.@Nullable Subscription subscription;

    Subscriber(long limit) {
      this.limit = limit;
    }

    @Override
    public CompletionStage<BoundedBody> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription value) {
      subscription = value;
      value.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : item) {
        long room = limit - bytes.size();
        int take = (int) Math.min(room, buffer.remaining());
        byte[] chunk = new byte[take];
        buffer.get(chunk);
        bytes.write(chunk, 0, take);
        if (buffer.hasRemaining()) {
          Objects.requireNonNull(subscription, "subscribed before onNext").cancel();
          result.complete(new BoundedBody(text(), true, limit));
          return;
        }
      }
    }

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.complete(new BoundedBody(text(), false, limit));
    }

    private String text() {
      String text = bytes.toString(StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
