package dev.dfkit.build.progress;

import java.time.Duration;

/**
 * Receives build events. Steps are numbered in the order they start; calls may come from several
 * threads (stages build in parallel), so implementations are thread-safe.
 */
public interface Progress extends AutoCloseable {

  /** A step began; returns its number for the calls that follow. */
  int started(String name);

  /** The step's result came from the cache. */
  void cached(int step);

  /** One line the step's process printed (stdout and stderr merged). */
  void output(int step, String line);

  void done(int step, Duration took);

  void failed(int step, Duration took, String error);

  /** A message outside any step (warnings, "naming to ..."). */
  void message(String text);

  @Override
  void close();

  /** Progress that shows nothing ({@code -q}). */
  static Progress quiet() {
    return new Progress() {
      private final java.util.concurrent.atomic.AtomicInteger next =
          new java.util.concurrent.atomic.AtomicInteger();

      @Override
      public int started(String name) {
        return next.incrementAndGet();
      }

      @Override
      public void cached(int step) {}

      @Override
      public void output(int step, String line) {}

      @Override
      public void done(int step, Duration took) {}

      @Override
      public void failed(int step, Duration took, String error) {}

      @Override
      public void message(String text) {}

      @Override
      public void close() {}
    };
  }
}
