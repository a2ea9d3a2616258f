package dev.dfkit.ls.server;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Schedules a document's diagnostics so that only the latest version is linted and a document is
 * never linted twice at once. A run starts once its delay has passed (none by default: a lint of a
 * typical file takes a few milliseconds, so waiting for typing to pause would only add latency) and
 * the document's previous run has finished; a change that arrives meanwhile replaces the waiting
 * run, so fast typing costs one lint per finished lint, not one per keystroke. A run overtaken by a
 * newer change notices through its check and publishes nothing.
 */
public final class DiagnosticsDebouncer {

  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  private static final CompletableFuture<Void> NOTHING_BEFORE =
      CompletableFuture.completedFuture(null);

  /** One scheduled run: what it waits for, its timer, and when it is over (run or dropped). */
  private static final class Pending {
    final CompletableFuture<Void> after;
    final CompletableFuture<Void> finished = new CompletableFuture<>();
    volatile ScheduledFuture<?> scheduled;

    Pending(CompletableFuture<Void> after) {
      this.after = after;
    }

    /** Stops a run that has not started; what follows it waits for what it waited for. */
    void drop() {
      ScheduledFuture<?> s = scheduled;
      if (s != null && s.cancel(false)) {
        after.whenComplete((v, e) -> finished.complete(null));
      }
    }
  }

  public DiagnosticsDebouncer(ScheduledExecutorService timer, ExecutorService workers) {
    this.timer = timer;
    this.workers = workers;
  }

  /**
   * Runs {@code task} for {@code uri} after {@code delayMillis} and after the document's current
   * run, replacing what was waiting. The task is told, when it asks, whether it is still the latest
   * one for its document.
   */
  public void schedule(String uri, long delayMillis, Consumer<BooleanSupplier> task) {
    Pending[] made = new Pending[2];
    pending.compute(
        uri,
        (k, old) -> {
          made[0] = old;
          made[1] = new Pending(old == null ? NOTHING_BEFORE : old.finished);
          return made[1];
        });
    if (made[0] != null) {
      made[0].drop(); // its timer restarts as ours
    }
    Pending p = made[1];
    if (delayMillis <= 0) {
      start(uri, p, task);
    } else {
      p.scheduled = timer.schedule(() -> start(uri, p, task), delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void start(String uri, Pending p, Consumer<BooleanSupplier> task) {
    p.after.whenComplete(
        (v, e) -> {
          if (pending.get(uri) != p) {
            p.finished.complete(null); // replaced while waiting: the newer run goes next
            return;
          }
          try {
            workers.submit(
                () -> {
                  try {
                    task.accept(() -> pending.get(uri) == p);
                  } finally {
                    pending.remove(uri, p);
                    p.finished.complete(null);
                  }
                });
          } catch (RejectedExecutionException shutDown) {
            p.finished.complete(null);
          }
        });
  }

  /** Drops what is waiting for {@code uri} (the document was closed); a running lint is stale. */
  public void cancel(String uri) {
    Pending p = pending.remove(uri);
    if (p != null) {
      p.drop();
    }
  }
}
