package dev.dfkit.format.cli;

import dev.dfkit.cli.SourceInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The inputs of one run, worked on a few ahead of the one being reported, on one thread per
 * processor: a repository's Dockerfiles are formatted side by side while the results are handed
 * back in the order the inputs were given, so the output is the same as one at a time. Standard
 * input is read when its turn comes, on the caller's thread. With one input (or one processor)
 * everything runs on the caller's thread.
 *
 * @param <R> what the work makes of one input
 */
final class FormatQueue<R> implements AutoCloseable {

  /** How many inputs each thread may be ahead of the one being reported. */
  private static final int AHEAD_PER_THREAD = 8;

  private final List<SourceInput> inputs;
  private final Function<SourceInput, R> work;
  private final ExecutorService pool;
  private final int window;
  private final List<Future<R>> pending;
  private int submitted;
  private int taken;

  /**
   * @param sequential whether the inputs must be worked on one after another (a file written back
   *     before it is read again)
   */
  FormatQueue(List<SourceInput> inputs, Function<SourceInput, R> work, boolean sequential) {
    this.inputs = inputs;
    this.work = work;
    int files = (int) inputs.stream().filter(i -> !i.isStdin()).count();
    int threads = sequential ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), files);
    this.pool =
        threads > 1
            ? Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "dffmt-worker");
                  t.setDaemon(true);
                  return t;
                })
            : null;
    this.window = threads * AHEAD_PER_THREAD;
    this.pending = new ArrayList<>(inputs.size());
  }

  /** Whether some file is named twice (through a directory or a different spelling). */
  static boolean namesAFileTwice(List<SourceInput> inputs) {
    Set<Object> seen = new HashSet<>();
    for (SourceInput i : inputs) {
      if (!i.isStdin() && !seen.add(i.path().toAbsolutePath().normalize())) {
        return true;
      }
    }
    return false;
  }

  /** The result for the next input, in the order given. */
  R next() {
    if (taken == inputs.size()) {
      throw new IllegalStateException("no input left");
    }
    if (pool != null) {
      while (submitted < inputs.size() && submitted - taken < window) {
        SourceInput input = inputs.get(submitted++);
        pending.add(input.isStdin() ? null : pool.submit(() -> work.apply(input)));
      }
    }
    int i = taken++;
    Future<R> ahead = pool != null ? pending.set(i, null) : null;
    return ahead == null ? work.apply(inputs.get(i)) : result(ahead);
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while formatting", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error x) {
        throw x;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
