package dev.dfkit.build.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dfkit.build.cache.BuildCache;
import dev.dfkit.build.content.Digest;
import dev.dfkit.build.content.MediaTypes;
import dev.dfkit.build.graph.CopyOp;
import dev.dfkit.build.graph.CopySource;
import dev.dfkit.build.graph.ExecOp;
import dev.dfkit.build.graph.ImageOp;
import dev.dfkit.build.graph.MkdirOp;
import dev.dfkit.build.graph.ScratchOp;
import dev.dfkit.build.graph.Step;
import dev.dfkit.build.graph.Vertex;
import dev.dfkit.build.image.Descriptor;
import dev.dfkit.build.layer.Layer;
import dev.dfkit.build.progress.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SolverTest {

  @TempDir Path dir;

  /** A worker that makes fake layers named after what it ran, and records the calls. */
  static class FakeWorker implements Worker {
    final List<String> ran = Collections.synchronizedList(new ArrayList<>());
    String contextContent = "v1";
    CountDownLatch bothRunning;

    static Layer layer(String name) {
      return new Layer(
          Descriptor.of(MediaTypes.OCI_LAYER_GZIP, Digest.of("blob " + name), 1),
          Digest.of(name),
          1);
    }

    @Override
    public void fetch(ImageOp image, Consumer<String> log) {
      ran.add("fetch " + image.reference());
    }

    @Override
    public boolean hasBlobs(List<Layer> chain) {
      return true;
    }

    @Override
    public Optional<Digest> contentDigest(CopyOp op) {
      return op.fromInput() ? Optional.empty() : Optional.of(Digest.of(contextContent));
    }

    @Override
    public Layer exec(ExecOp op, List<Layer> parent, Consumer<String> log)
        throws StepFailedException {
      String cmd = String.join(" ", op.args());
      ran.add(cmd);
      log.accept("output of " + cmd);
      if (bothRunning != null) {
        bothRunning.countDown();
        try {
          if (!bothRunning.await(10, TimeUnit.SECONDS)) {
            throw new StepFailedException("stages did not run in parallel", 1, List.of());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (cmd.contains("fail")) {
        throw new StepFailedException("process \"" + cmd + "\" failed", 3, List.of("boom"));
      }
      return layer(cmd + " over " + parent.size());
    }

    @Override
    public Layer copy(CopyOp op, List<Layer> parent, List<Layer> source) {
      ran.add("copy " + op.destination() + (op.fromInput() ? " from " + source.size() : ""));
      return layer("copy " + op.destination() + contextContent);
    }

    @Override
    public Layer mkdir(MkdirOp op, List<Layer> parent) {
      ran.add("mkdir " + op.path());
      return layer("mkdir " + op.path());
    }
  }

  /** Records progress events as text. */
  static final class RecordingProgress implements Progress {
    final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private int next;

    @Override
    public synchronized int started(String name) {
      events.add("start " + name);
      return ++next;
    }

    @Override
    public void cached(int step) {
      events.add("cached " + step);
    }

    @Override
    public void output(int step, String line) {
      events.add("output " + step + " " + line);
    }

    @Override
    public void done(int step, Duration took) {
      events.add("done " + step);
    }

    @Override
    public void failed(int step, Duration took, String error) {
      events.add("failed " + step + " " + error);
    }

    @Override
    public void message(String text) {}

    @Override
    public void close() {}
  }

  private static Vertex vertex(dev.dfkit.build.graph.Op op, String name, Vertex... inputs) {
    return new Vertex(op, List.of(inputs), new Step(name, Optional.empty(), false));
  }

  private static ExecOp run(String cmd) {
    return new ExecOp(List.of(cmd), List.of(), "/", "", "default", "sandbox", List.of());
  }

  private static CopyOp copy(String dest, boolean fromInput) {
    return new CopyOp(
        List.of(new CopySource.Path("src")),
        dest,
        fromInput,
        null,
        null,
        List.of(),
        false,
        false,
        false,
        false);
  }

  private final FakeWorker worker = new FakeWorker();

  private Solver.Solved solve(Vertex target, RecordingProgress progress) throws Exception {
    try (Solver solver =
        new Solver(worker, BuildCache.open(dir.resolve("cache")), progress, 2, Optional.empty())) {
      return solver.solve(target);
    }
  }

  private Vertex graph() {
    Vertex base =
        vertex(
            new ImageOp(
                "docker.io/library/busybox:latest@sha256:" + "1".repeat(64),
                "sha256:" + "1".repeat(64),
                List.of(FakeWorker.layer("base"))),
            "[1/4] FROM busybox");
    Vertex a = vertex(run("make"), "[2/4] RUN make", base);
    Vertex b = vertex(copy("/app/", false), "[3/4] COPY . /app/", a);
    return vertex(run("test"), "[4/4] RUN test", b);
  }

  @Test
  void everyStepRunsOnceThenComesFromTheCache() throws Exception {
    RecordingProgress first = new RecordingProgress();
    Solver.Solved result = solve(graph(), first);
    assertThat(worker.ran).containsExactly("make", "copy /app/", "test");
    assertThat(result.chain()).hasSize(4);
    assertThat(first.events).contains("output 2 output of make", "cached 1", "done 4");

    worker.ran.clear();
    RecordingProgress second = new RecordingProgress();
    Solver.Solved again = solve(graph(), second);
    assertThat(worker.ran).isEmpty();
    assertThat(again).isEqualTo(result);
    assertThat(second.events).contains("cached 2", "cached 3", "cached 4");
  }

  @Test
  void aChangedContextFileRerunsFromItsCopyOn() throws Exception {
    Solver.Solved before = solve(graph(), new RecordingProgress());
    worker.ran.clear();
    worker.contextContent = "v2";
    Solver.Solved after = solve(graph(), new RecordingProgress());
    assertThat(worker.ran).containsExactly("copy /app/", "test");
    assertThat(after.chain().subList(0, 2)).isEqualTo(before.chain().subList(0, 2));
    assertThat(after.key()).isNotEqualTo(before.key());
  }

  @Test
  void noCacheRunsEverythingAgain() throws Exception {
    solve(graph(), new RecordingProgress());
    worker.ran.clear();
    Vertex base = vertex(new ScratchOp(), "scratch");
    Vertex step =
        new Vertex(run("make"), List.of(base), new Step("[1/1] RUN make", Optional.empty(), true));
    solve(step, new RecordingProgress());
    solve(step, new RecordingProgress());
    assertThat(worker.ran).containsExactly("make", "make");
  }

  @Test
  void independentStagesRunInParallel() throws Exception {
    Vertex scratch = vertex(new ScratchOp(), "scratch");
    Vertex left = vertex(run("left"), "[a 1/1] RUN left", scratch);
    Vertex right = vertex(run("right"), "[b 1/1] RUN right", scratch);
    Vertex join = vertex(copy("/out", true), "[c 1/1] COPY --from=b", left, right);
    worker.bothRunning = new CountDownLatch(2);
    Solver.Solved result = solve(join, new RecordingProgress());
    assertThat(worker.ran).contains("left", "right", "copy /out from 1");
    assertThat(result.chain()).hasSize(2);
  }

  @Test
  void aFailingStepReportsItsVertexExitCodeAndOutput() {
    Vertex scratch = vertex(new ScratchOp(), "scratch");
    Vertex bad = vertex(run("fail now"), "[1/2] RUN fail now", scratch);
    Vertex after = vertex(run("never"), "[2/2] RUN never", bad);
    RecordingProgress progress = new RecordingProgress();
    assertThatThrownBy(() -> solve(after, progress))
        .isInstanceOfSatisfying(
            BuildFailedException.class,
            e -> {
              assertThat(e.vertex()).isSameAs(bad);
              assertThat(e.exitCode()).isEqualTo(3);
              assertThat(e.lastLines()).containsExactly("boom");
            });
    assertThat(worker.ran).containsExactly("fail now");
    assertThat(progress.events).contains("failed 1 process \"fail now\" failed");
  }

  @Test
  void newLayersGetTheEpochAsCreationTime() throws Exception {
    Instant epoch = Instant.parse("2020-01-01T00:00:00Z");
    Vertex step = vertex(run("x"), "RUN x", vertex(new ScratchOp(), "scratch"));
    try (Solver solver =
        new Solver(
            worker,
            BuildCache.open(dir.resolve("cache")),
            new RecordingProgress(),
            1,
            Optional.of(epoch))) {
      assertThat(solver.solve(step).chain().get(0).created()).isEqualTo("2020-01-01T00:00:00Z");
    }
  }

  @Test
  void unreadableCacheEntriesAreMisses() throws Exception {
    solve(graph(), new RecordingProgress());
    try (var files = java.nio.file.Files.list(dir.resolve("cache"))) {
      for (Path f : files.toList()) {
        java.nio.file.Files.writeString(f, "{not json");
      }
    }
    worker.ran.clear();
    solve(graph(), new RecordingProgress());
    assertThat(worker.ran).containsExactly("make", "copy /app/", "test");
  }

  @Test
  void ioErrorsFailTheStep() {
    Worker broken =
        new FakeWorker() {
          @Override
          public Layer mkdir(MkdirOp op, List<Layer> parent) {
            throw new java.io.UncheckedIOException(new IOException("disk full"));
          }
        };
    Vertex step = vertex(new MkdirOp("/w", ""), "WORKDIR /w", vertex(new ScratchOp(), "s"));
    assertThatThrownBy(
            () -> {
              try (Solver solver =
                  new Solver(
                      broken,
                      BuildCache.open(dir.resolve("cache")),
                      new RecordingProgress(),
                      1,
                      Optional.empty())) {
                solver.solve(step);
              }
            })
        .isInstanceOf(BuildFailedException.class)
        .hasMessageContaining("disk full");
  }
}
