package dev.dfkit.build.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.engine.BuildOptions;
import dev.dfkit.build.engine.BuildOutput;
import dev.dfkit.build.plan.BuildRequest;
import dev.dfkit.build.progress.Progress;
import dev.dfkit.build.registry.RegistryOptions;
import dev.dfkit.parser.DockerfileParser;
import dev.dfkit.parser.semantic.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the build engine's integration tests share: a state directory with a busybox base image
 * (made from Debian's busybox-static by {@code examples/make-busybox-rootfs.sh} and imported, as
 * the README tells users to), a context directory, and builds with recorded progress. The machine
 * must be able to build for real (root, runc, overlayfs); without that the tests are skipped,
 * unless {@code CI=true}, where they fail.
 */
final class BuildFixture implements AutoCloseable {
  static final Path REPO = Path.of("..").toAbsolutePath().normalize();

  final Path root;
  final Path context;
  final BuildEngine engine;
  final RecordingProgress progress = new RecordingProgress();

  /** Progress events as text lines ({@code start NAME}, {@code cached N}, {@code output N L}). */
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
    public void message(String text) {
      events.add("message " + text);
    }

    @Override
    public void close() {}

    long cachedCount() {
      return events.stream().filter(e -> e.startsWith("cached ")).count();
    }
  }

  static void requireBuildMachine() {
    boolean ok = isRoot() && onPath("runc") && Files.isExecutable(Path.of("/bin/busybox"));
    if (!ok && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException(
          "CI=true but this machine cannot run builds: needs root, runc and busybox-static");
    }
    assumeTrue(ok, "needs root, runc and busybox-static");
  }

  private static boolean isRoot() {
    try {
      return "0".equals(run(List.of("id", "-u")).strip());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  BuildFixture(Path tmp) throws IOException {
    requireBuildMachine();
    root = tmp.resolve("state");
    context = tmp.resolve("context");
    Files.createDirectories(context);
    engine = BuildEngine.open(root, RegistryOptions.defaults());
    Path rootfs = tmp.resolve("busybox-rootfs.tar");
    run(List.of(REPO.resolve("examples/make-busybox-rootfs.sh").toString(), rootfs.toString()));
    engine.importRootfs(rootfs, "busybox:latest", Platform.host());
  }

  void write(String path, String content) throws IOException {
    Path p = context.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
  }

  BuildEngine.BuildResult build(String dockerfile) throws Exception {
    return build(dockerfile, Map.of(), null, List.of(), false);
  }

  BuildEngine.BuildResult build(
      String dockerfile,
      Map<String, String> args,
      String target,
      List<BuildOutput> outputs,
      boolean noCache)
      throws Exception {
    write("Dockerfile", dockerfile);
    BuildRequest request =
        new BuildRequest(
            context,
            context.resolve("Dockerfile"),
            args,
            Optional.ofNullable(target),
            Optional.empty(),
            Map.of(),
            noCache,
            "default");
    BuildOptions options = new BuildOptions(request, List.of(), outputs, false, false, Set.of());
    return engine.build(DockerfileParser.parse(dockerfile).dockerfile(), options, progress);
  }

  /** Builds and exports the final filesystem to a fresh directory. */
  Path buildToDirectory(String dockerfile) throws Exception {
    return buildToDirectoryWithArgs(dockerfile, Map.of());
  }

  Path buildToDirectoryWithArgs(String dockerfile, Map<String, String> args) throws Exception {
    Path out = Files.createTempDirectory(root.getParent(), "out-");
    Files.delete(out);
    build(dockerfile, args, null, List.of(BuildOutput.parse("type=local,dest=" + out)), false);
    return out;
  }

  static String run(List<String> command) throws IOException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (p.waitFor() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + out);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return out;
  }

  @Override
  public void close() throws IOException {
    engine.close();
  }
}
