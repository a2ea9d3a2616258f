package dev.dfkit.build.solve;

import dev.dfkit.build.cache.BuildCache;
import dev.dfkit.build.cache.CacheKeys;
import dev.dfkit.build.cache.CachedResult;
import dev.dfkit.build.cache.CachedResult.CachedLayer;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.Op;
import dev.dfkit.build.graph.ScratchOp;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs a build graph. Each vertex runs once, after its inputs, on a small thread pool, so
 * independent stages build in parallel. A vertex's cache key comes from its operation, its inputs'
 * keys and the files it reads; when the cache has the key (and its blobs are still stored) the
 * result is reused, otherwise the {@link Worker} makes the layer and the result is cached.
 */
public final class Solver implements AutoCloseable {
  private final Worker worker;
  private final BuildCache cache;
  private final Progress progress;
  private final ExecutorService pool;
  private final Optional<Instant> epoch;
  private final Map<Vertex, CompletableFuture<Solved>> futures = new IdentityHashMap<>();
  private volatile boolean cancelled;

  /** A solved vertex: its cache key and its filesystem as a layer chain. */
  public record Solved(Digest key, List<CachedLayer> chain) {
    public Solved {
      chain = List.copyOf(chain);
    }

    public List<Layer> layers() {
      return chain.stream().map(CachedLayer::layer).toList();
    }
  }

  /**
   * @param parallelism how many vertices may run at once
   * @param epoch a fixed creation time for new layers ({@code SOURCE_DATE_EPOCH}), if any
   */
  public Solver(
      Worker worker,
      BuildCache cache,
      Progress progress,
      int parallelism,
      Optional<Instant> epoch) {
    this.worker = worker;
    this.cache = cache;
    this.progress = progress;
    this.pool =
        Executors.newFixedThreadPool(
            Math.max(1, parallelism),
            r -> {
              Thread t = new Thread(r, "dfbuild-solver");
              t.setDaemon(true);
              return t;
            });
    this.epoch = epoch;
  }

  /** Solves {@code target} and everything it needs. */
  public Solved solve(Vertex target) throws BuildFailedException, IOException {
    CompletableFuture<Solved> result;
    synchronized (futures) {
      for (Vertex v : postOrder(target)) {
        if (!futures.containsKey(v)) {
          futures.put(v, schedule(v));
        }
      }
      result = futures.get(target);
    }
    try {
      return result.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      awaitRunning();
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cancelled && !(cause instanceof UncheckedBuildFailure)) {
        throw new IOException("build cancelled");
      }
      if (cause instanceof UncheckedBuildFailure f) {
        throw f.failure;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException(cause);
    }
  }

  /** Waits for steps still running on other branches, so nothing is left half-done. */
  private void awaitRunning() {
    List<CompletableFuture<Solved>> all;
    synchronized (futures) {
      all = List.copyOf(futures.values());
    }
    for (CompletableFuture<Solved> f : all) {
      try {
        f.join();
      } catch (CompletionException | java.util.concurrent.CancellationException e) {
        // already reported by its own step
      }
    }
  }

  private static List<Vertex> postOrder(Vertex target) {
    List<Vertex> order = new ArrayList<>();
    Map<Vertex, Boolean> seen = new IdentityHashMap<>();
    Deque<Object[]> stack = new ArrayDeque<>();
    stack.push(new Object[] {target, 0});
    while (!stack.isEmpty()) {
      Object[] frame = stack.peek();
      Vertex v = (Vertex) frame[0];
      int next = (int) frame[1];
      if (next == 0 && seen.containsKey(v)) {
        stack.pop();
        continue;
      }
      seen.put(v, true);
      if (next < v.inputs().size()) {
        frame[1] = next + 1;
        Vertex in = v.inputs().get(next);
        if (!seen.containsKey(in)) {
          stack.push(new Object[] {in, 0});
        }
      } else {
        stack.pop();
        order.add(v);
      }
    }
    return order;
  }

  private CompletableFuture<Solved> schedule(Vertex v) {
    List<CompletableFuture<Solved>> inputs = new ArrayList<>();
    for (Vertex in : v.inputs()) {
      inputs.add(futures.get(in));
    }
    return CompletableFuture.allOf(inputs.toArray(CompletableFuture[]::new))
        .thenApplyAsync(
            ignored -> {
              List<Solved> solvedInputs = inputs.stream().map(CompletableFuture::join).toList();
              try {
                return run(v, solvedInputs);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              } catch (BuildFailedException e) {
                throw new UncheckedBuildFailure(e);
              }
            },
            pool);
  }

  private Solved run(Vertex v, List<Solved> inputs) throws IOException, BuildFailedException {
    if (cancelled) {
      throw new BuildFailedException(v, "build cancelled", -1, List.of());
    }
    Op op = v.op();
    if (op instanceof ScratchOp) {
      return new Solved(CacheKeys.key(op, List.of(), Optional.empty()), List.of());
    }
    if (op instanceof ImageOp image) {
      return runImage(v, image);
    }
    Optional<Digest> content =
        op instanceof CopyOp copy ? worker.contentDigest(copy) : Optional.empty();
    Digest key = CacheKeys.key(op, inputs.stream().map(Solved::key).toList(), content);
    int step = progress.started(v.step().name());
    long start = System.nanoTime();
    if (!v.step().noCache()) {
      Optional<CachedResult> hit = cache.get(key);
      if (hit.isPresent() && worker.hasBlobs(hit.get().chain())) {
        progress.cached(step);
        return new Solved(key, hit.get().layers());
      }
    }
    List<CachedLayer> parent = inputs.get(0).chain();
    List<Layer> parentLayers = inputs.get(0).layers();
    Layer layer;
    try {
      if (op instanceof ExecOp exec) {
        layer = worker.exec(exec, parentLayers, line -> progress.output(step, line));
      } else if (op instanceof CopyOp copy) {
        List<Layer> source = copy.fromInput() ? inputs.get(1).layers() : List.of();
        layer = worker.copy(copy, parentLayers, source);
      } else if (op instanceof MkdirOp mkdir) {
        layer = worker.mkdir(mkdir, parentLayers);
      } else {
        throw new IllegalStateException("unknown operation " + op);
      }
    } catch (StepFailedException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      progress.failed(step, took, e.getMessage());
      throw new BuildFailedException(v, e.getMessage(), e.exitCode(), e.lastLines());
    } catch (IOException | RuntimeException e) {
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      String message =
          cancelled ? "build cancelled" : e.getMessage() == null ? e.toString() : e.getMessage();
      progress.failed(step, took, message);
      throw new BuildFailedException(v, message, -1, List.of());
    }
    List<CachedLayer> chain = new ArrayList<>(parent);
    chain.add(CachedLayer.of(layer, epoch.orElseGet(Instant::now).toString()));
    CachedResult result = new CachedResult(chain);
    cache.put(key, result);
    progress.done(step, Duration.ofNanos(System.nanoTime() - start));
    return new Solved(key, chain);
  }

  private Solved runImage(Vertex v, ImageOp image) throws IOException, BuildFailedException {
    Digest key = CacheKeys.key(image, List.of(), Optional.empty());
    List<CachedLayer> chain = new ArrayList<>();
    for (Layer l : image.layers()) {
      chain.add(CachedLayer.of(l, null));
    }
    int step = progress.started(v.step().name());
    long start = System.nanoTime();
    if (worker.hasBlobs(image.layers())) {
      progress.cached(step);
      return new Solved(key, chain);
    }
    try {
      worker.fetch(image, line -> progress.output(step, line));
    } catch (IOException e) {
      progress.failed(step, Duration.ofNanos(System.nanoTime() - start), e.getMessage());
      throw new BuildFailedException(v, e.getMessage(), -1, List.of());
    }
    progress.done(step, Duration.ofNanos(System.nanoTime() - start));
    return new Solved(key, chain);
  }

  /**
   * Stops the build: no new step starts, and running steps are interrupted (a RUN's container is
   * killed); each step still cleans up after itself. {@link #solve} then fails.
   */
  public void cancel() {
    cancelled = true;
    pool.shutdownNow();
  }

  public boolean isCancelled() {
    return cancelled;
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Carries a build failure through a future. */
  private static final class UncheckedBuildFailure extends RuntimeException {
    final transient BuildFailedException failure;

    UncheckedBuildFailure(BuildFailedException failure) {
      super(failure.getMessage(), failure, false, false);
      this.failure = failure;
    }
  }
}
