package dev.dfkit.build.progress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * BuildKit's plain output: {@code #3 [2/4] RUN make}, then the step's output lines prefixed with
 * the step number and the seconds since it started, then {@code #3 DONE 1.2s} or {@code #3 CACHED}.
 */
public final class PlainProgress implements Progress {
  private final PrintStream out;
  private final AtomicInteger next = new AtomicInteger();
  private final ConcurrentHashMap<Integer, Long> startNanos = new ConcurrentHashMap<>();

  public PlainProgress(PrintStream out) {
    this.out = out;
  }

  @Override
  public synchronized int started(String name) {
    int step = next.incrementAndGet();
    startNanos.put(step, System.nanoTime());
    out.println("#" + step + " " + name);
    return step;
  }

  @Override
  public synchronized void cached(int step) {
    out.println("#" + step + " CACHED");
    out.println();
  }

  @Override
  public synchronized void output(int step, String line) {
    long started = startNanos.getOrDefault(step, System.nanoTime());
    double secs = (System.nanoTime() - started) / 1e9;
    out.println("#" + step + " " + String.format(Locale.ROOT, "%.3f", secs) + " " + line);
  }

  @Override
  public synchronized void done(int step, Duration took) {
    out.println("#" + step + " DONE " + seconds(took));
    out.println();
  }

  @Override
  public synchronized void failed(int step, Duration took, String error) {
    out.println("#" + step + " ERROR: " + error);
    out.println();
  }

  @Override
  public synchronized void message(String text) {
    out.println(text);
  }

  @Override
  public synchronized void close() {
    out.flush();
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
  }
}
