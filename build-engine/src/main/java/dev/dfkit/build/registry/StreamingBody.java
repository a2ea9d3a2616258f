package dev.dfkit.build.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as an {@link InputStream} that gives up when the connection goes quiet: {@code
 * java.net.http}'s own stream waits for ever on a stalled transfer, which would hang a pull. A read
 * that gets no data for the idle timeout cancels the exchange and throws {@link
 * HttpTimeoutException}, so the caller retries (and a blob download resumes with {@code Range}).
 */
final class StreamingBody implements HttpResponse.BodySubscriber<InputStream> {

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
  private final Duration idle;
  private final Stream stream = new Stream();
  private volatile Flow.Subscription subscription;

  private StreamingBody(Duration idle) {
    this.idle = idle;
  }

  static HttpResponse.BodyHandler<InputStream> handler(Duration idle) {
    return info -> new StreamingBody(idle);
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedFuture(stream);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    queue.add(item);
  }

  @Override
  public void onError(Throwable throwable) {
    queue.add(throwable);
  }

  @Override
  public void onComplete() {
    queue.add(END);
  }

  private final class Stream extends InputStream {
    private Iterator<ByteBuffer> buffers;
    private ByteBuffer current;
    private boolean done;

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (current == null || !current.hasRemaining()) {
        if (buffers != null && buffers.hasNext()) {
          current = buffers.next();
          continue;
        }
        if (done) {
          return -1;
        }
        if (buffers != null) {
          buffers = null;
          subscription.request(1);
        }
        Object next;
        try {
          next = queue.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          close();
          throw new InterruptedIOException("interrupted while reading a response");
        }
        if (next == null) {
          close();
          throw new HttpTimeoutException(
              "no data for " + idle.toSeconds() + "s; the connection is given up");
        }
        if (next == END) {
          done = true;
          return -1;
        }
        if (next instanceof Throwable t) {
          done = true;
          throw t instanceof IOException io ? io : new IOException(t.getMessage(), t);
        }
        @SuppressWarnings("unchecked")
        List<ByteBuffer> list = (List<ByteBuffer>) next;
        buffers = list.iterator();
      }
      int n = Math.min(len, current.remaining());
      current.get(b, off, n);
      return n;
    }

    @Override
    public void close() {
      if (!done) {
        done = true;
        Flow.Subscription s = subscription;
        if (s != null) {
          s.cancel();
        }
      }
    }
  }
}
