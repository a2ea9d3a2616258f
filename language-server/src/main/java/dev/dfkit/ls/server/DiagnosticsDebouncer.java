package dev.dfkit.ls.server;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits for typing to pause before a document's diagnostics are computed: each change restarts its
 * document's timer, so only the latest version is linted, on a worker (the timer thread only hands
 * over). A run overtaken by a newer change notices through its cancel check and publishes nothing.
 */
public final class DiagnosticsDebouncer {

  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private static final class Pending {
    volatile ScheduledFuture<?> scheduled;
    volatile Future<?> running;

    void cancel() {
      ScheduledFuture<?> s = scheduled;
      if (s != null) {
        s.cancel(false);
      }
      Future<?> r = running;
      if (r != null) {
        r.cancel(false); // the task sees it is stale through its own version check
      }
    }
  }

  public DiagnosticsDebouncer(ScheduledExecutorService timer, ExecutorService workers) {
    this.timer = timer;
    this.workers = workers;
  }

  /**
   * Runs {@code task} for {@code uri} after {@code delayMillis}, replacing what was waiting. The
   * task is told, when it asks, whether it is still the latest one for its document.
   */
  public void schedule(String uri, long delayMillis, Consumer<BooleanSupplier> task) {
    Pending p = new Pending();
    Pending previous = pending.put(uri, p);
    if (previous != null) {
      previous.cancel();
    }
    p.scheduled =
        timer.schedule(
            () -> {
              if (pending.get(uri) == p) {
                p.running =
                    workers.submit(
                        () -> {
                          try {
                            task.accept(() -> pending.get(uri) == p);
                          } finally {
                            pending.remove(uri, p);
                          }
                        });
              }
            },
            delayMillis,
            TimeUnit.MILLISECONDS);
  }

  /** Drops what is waiting or running for {@code uri} (the document was closed). */
  public void cancel(String uri) {
    Pending p = pending.remove(uri);
    if (p != null) {
      p.cancel();
    }
  }
}
