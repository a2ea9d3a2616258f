package dev.dfkit.build.exec;

import dev.dfkit.build.layer.Commands;
import dev.dfkit.build.layer.FileTrees;
import dev.dfkit.build.layer.RootPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a RUN step with {@code runc run} in the foreground, no terminal, stdin from {@code
 * /dev/null}.
 *
 * <p>Each run gets a bundle in a fresh temporary directory (config.json plus the bind-mounted
 * {@code /etc} files) and a unique container id. Before the run the working directory is created in
 * the rootfs when missing (owned by the run's user, as Docker does), and the mount targets that
 * runc would have to create are noted; afterwards those are removed again while still empty, so
 * they never reach the layer. Output is streamed line by line to a listener and its last lines kept
 * for the error report. However the run ends (exit, failure to start, timeout, interrupt), the
 * container is force-deleted and the bundle removed.
 */
public final class RuncExecutor {

  /** How many lines of output a result keeps. */
  public static final int TAIL_LINES = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path bundleParent;
  private final Path runcRoot;
  private final String runc;

  /**
   * @param bundleParent where bundles are made (a temporary directory is made inside per run)
   * @param runcRoot runc's state directory ({@code --root}); null for runc's default
   */
  public RuncExecutor(Path bundleParent, Path runcRoot) {
    this(bundleParent, runcRoot, "runc");
  }

  public RuncExecutor(Path bundleParent, Path runcRoot, String runcBinary) {
    this.bundleParent = bundleParent;
    this.runcRoot = runcRoot;
    this.runc = runcBinary;
  }

  /**
   * Runs the step in {@code rootfs} (a prepared snapshot's mount point).
   *
   * @param timeout null for none
   * @return the exit code and last lines; a non-zero exit is a result, not an exception
   * @throws IOException when runc cannot be started or the bundle not written
   * @throws InterruptedException when interrupted; the container is gone by then
   */
  public ExecResult run(RuntimeSpec spec, Path rootfs, OutputListener output, Duration timeout)
      throws IOException, InterruptedException {
    Path root = rootfs.toAbsolutePath();
    String id = "dfbuild-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
    Files.createDirectories(bundleParent);
    Path bundle = Files.createTempDirectory(bundleParent, "runc-");
    List<Path> stubs = List.of();
    StubParents stubParents = StubParents.NONE;
    Process process = null;
    try {
      createWorkdir(root, spec);
      stubs = missingMountTargets(root, spec.mountDestinations());
      stubParents = StubParents.of(stubs);
      for (var e : RuntimeSpec.ETC_FILES.entrySet()) {
        Files.writeString(bundle.resolve(e.getValue()), spec.etcFiles().get(e.getKey()));
      }
      Files.writeString(bundle.resolve("config.json"), spec.toJson(root, bundle));

      process =
          new ProcessBuilder(command("run", "--bundle", bundle.toString(), id))
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      Tail tail = new Tail();
      Thread out = pump(process.getInputStream(), OutputListener.Stream.STDOUT, output, tail, id);
      Thread err = pump(process.getErrorStream(), OutputListener.Stream.STDERR, output, tail, id);
      boolean timedOut = false;
      if (timeout == null) {
        process.waitFor();
      } else if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        timedOut = true;
        forceDelete(id);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          process.waitFor();
        }
      }
      out.join(TimeUnit.SECONDS.toMillis(30));
      err.join(TimeUnit.SECONDS.toMillis(30));
      return new ExecResult(process.exitValue(), tail.lines(), timedOut);
    } catch (InterruptedException e) {
      forceDelete(id);
      if (process != null) {
        process.destroyForcibly();
      }
      throw e;
    } finally {
      try {
        if (process != null && process.isAlive()) {
          forceDelete(id);
          process.destroyForcibly();
        }
        forceDelete(id);
        removeStubs(stubs);
        stubParents.restore();
      } finally {
        FileTrees.delete(bundle);
      }
    }
  }

  private List<String> command(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(runc);
    if (runcRoot != null) {
      cmd.add("--root");
      cmd.add(runcRoot.toString());
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** {@code runc delete --force}: kills and removes the container if it still exists. */
  private void forceDelete(String id) {
    try {
      Commands.exec(command("delete", "--force", id));
    } catch (IOException e) {
      // nothing more we can do; runc list will show it
    }
  }

  /** Creates the working directory, and any missing parents, owned by the run's user. */
  static void createWorkdir(Path root, RuntimeSpec spec) throws IOException {
    Path dir = RootPath.resolve(root, spec.cwd());
    if (Files.isDirectory(dir)) {
      return;
    }
    Deque<Path> missing = new ArrayDeque<>();
    for (Path p = dir; !p.equals(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); ) {
      missing.push(p);
      p = p.getParent();
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      Files.setAttribute(p, "unix:mode", 0755);
      Files.setAttribute(p, "unix:uid", (int) spec.user().uid(), LinkOption.NOFOLLOW_LINKS);
      Files.setAttribute(p, "unix:gid", (int) spec.user().gid(), LinkOption.NOFOLLOW_LINKS);
    }
  }

  /**
   * The paths runc will create as mount targets: for each destination outside another mount, the
   * missing components of its path inside the rootfs (symlinks followed as runc does), deepest
   * last.
   */
  static List<Path> missingMountTargets(Path root, List<String> destinations) throws IOException {
    List<Path> out = new ArrayList<>();
    List<String> mounted = new ArrayList<>();
    for (String dest : destinations) {
      boolean inner = mounted.stream().anyMatch(m -> dest.startsWith(m + "/"));
      mounted.add(dest);
      if (inner) {
        continue; // created inside a tmpfs, sysfs …, never in the rootfs
      }
      Path target = RootPath.resolve(root, dest);
      List<Path> chain = new ArrayList<>();
      for (Path p = target; p != null && !p.equals(root); p = p.getParent()) {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
          break;
        }
        chain.add(0, p);
      }
      for (Path p : chain) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Removes mount targets runc created, deepest first, as long as they are still empty. */
  static void removeStubs(List<Path> stubs) {
    for (int i = stubs.size() - 1; i >= 0; i--) {
      Path p = stubs.get(i);
      try {
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> s = Files.list(p)) {
            if (s.findAny().isEmpty()) {
              Files.delete(p);
            }
          }
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && Files.size(p) == 0) {
          Files.delete(p);
        }
      } catch (IOException e) {
        // left for LayerWriter's mount-stub filter
      }
    }
  }

  private static Thread pump(
      InputStream in, OutputListener.Stream stream, OutputListener listener, Tail tail, String id) {
    Thread t =
        new Thread(
            () -> {
              var decoder =
                  StandardCharsets.UTF_8
                      .newDecoder()
                      .onMalformedInput(CodingErrorAction.REPLACE)
                      .onUnmappableCharacter(CodingErrorAction.REPLACE);
              try (BufferedReader r = new BufferedReader(new InputStreamReader(in, decoder))) {
                for (String line; (line = r.readLine()) != null; ) {
                  tail.add(line);
                  try {
                    listener.line(stream, line);
                  } catch (RuntimeException e) {
                    // a broken listener must not block the container on a full pipe
                  }
                }
              } catch (IOException e) {
                // the process is gone
              }
            },
            id + "-" + stream.name().toLowerCase());
    t.setDaemon(true);
    t.start();
    return t;
  }

  /** The last lines printed, across both streams. */
  private static final class Tail {
    private final Deque<String> lines = new ArrayDeque<>();

    synchronized void add(String line) {
      lines.addLast(line);
      if (lines.size() > TAIL_LINES) {
        lines.removeFirst();
      }
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }
  }
}
