package dev.dfkit.build.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One JSON object per line: {@code {"time":..., "step":3, "event":"started", "name":"[2/4] RUN
 * make"}}; events are {@code started}, {@code cached}, {@code output} (with {@code line}), {@code
 * done} and {@code error} (with {@code seconds}, and {@code error}), and {@code message}.
 */
public final class JsonProgress implements Progress {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final PrintStream out;
  private final AtomicInteger next = new AtomicInteger();

  public JsonProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public int started(String name) {
    int step = next.incrementAndGet();
    emit(event(step, "started").put("name", name));
    return step;
  }

  @Override
  public void cached(int step) {
    emit(event(step, "cached"));
  }

  @Override
  public void output(int step, String line) {
    emit(event(step, "output").put("line", line));
  }

  @Override
  public void done(int step, Duration took) {
    emit(event(step, "done").put("seconds", took.toMillis() / 1000.0));
  }

  @Override
  public void failed(int step, Duration took, String error) {
    emit(event(step, "error").put("seconds", took.toMillis() / 1000.0).put("error", error));
  }

  @Override
  public void message(String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("time", Instant.now().toString());
    n.put("event", "message");
    n.put("message", text);
    emit(n);
  }

  @Override
  public void close() {
    out.flush();
  }

  private static ObjectNode event(int step, String kind) {
    ObjectNode n = JSON.createObjectNode();
    n.put("time", Instant.now().toString());
    n.put("step", step);
    n.put("event", kind);
    return n;
  }

  private synchronized void emit(ObjectNode n) {
    out.println(n.toString());
  }
}
