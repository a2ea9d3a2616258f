package dev.dfkit.build.exec;

import static org.assertj.core.api.Assertions.fail;

import dev.dfkit.build.layer.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * What the integration tests need from the machine (root, runc, overlayfs, a static busybox) and a
 * busybox root file system made from the host's binary. Missing pieces skip the tests, except under
 * CI=true, where they fail them.
 */
public final class Substrate {

  private Substrate() {}

  /** Skips (or, on CI, fails) unless root, runc and overlayfs are here; returns busybox. */
  public static Path require() {
    List<String> missing = new ArrayList<>();
    if (!Processes.isRoot()) {
      missing.add("root");
    }
    if (!onPath("runc")) {
      missing.add("runc (Debian package runc)");
    }
    if (!onPath("mount") || !overlayfs()) {
      missing.add("overlayfs");
    }
    Path busybox = busybox();
    if (busybox == null) {
      missing.add("a static busybox (Debian package busybox-static)");
    }
    if (!missing.isEmpty()) {
      String why = "the build engine's integration tests need " + String.join(", ", missing);
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    return busybox;
  }

  private static boolean overlayfs() {
    try {
      if (Files.readAllLines(Path.of("/proc/filesystems")).stream()
          .anyMatch(l -> l.endsWith("overlay"))) {
        return true;
      }
      // not loaded yet: modprobe happens on first mount; trust the module being there
      return Files.exists(Path.of("/sys/module/overlay"))
          || new ProcessBuilder("modprobe", "overlay").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Path busybox() {
    for (String p : List.of("/usr/bin/busybox", "/bin/busybox")) {
      if (Files.isExecutable(Path.of(p))) {
        return Path.of(p);
      }
    }
    return null;
  }

  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/sbin:/usr/bin").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return Files.isExecutable(Path.of("/usr/sbin", tool))
        || Files.isExecutable(Path.of("/sbin", tool));
  }

  /**
   * A minimal root file system: {@code /bin/busybox} and a symlink per applet (as {@code busybox
   * --install -s} would make), {@code /etc/passwd} and {@code /etc/group} with root and nobody,
   * {@code /tmp}.
   */
  public static Path busyboxRootfs(Path busybox, Path dir)
      throws IOException, InterruptedException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.copy(busybox, bin.resolve("busybox"));
    Process p = new ProcessBuilder(busybox.toString(), "--list").start();
    String applets = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("busybox --list failed");
    }
    for (String applet : applets.split("\n")) {
      String a = applet.strip();
      if (!a.isEmpty() && !a.equals("busybox") && !Files.exists(bin.resolve(a))) {
        Files.createSymbolicLink(bin.resolve(a), Path.of("busybox"));
      }
    }
    Path etc = Files.createDirectories(dir.resolve("etc"));
    Files.writeString(
        etc.resolve("passwd"),
        "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n");
    Files.writeString(etc.resolve("group"), "root:x:0:\nnogroup:x:65534:\n");
    Files.createDirectories(dir.resolve("root"));
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    Files.setAttribute(tmp, "unix:mode", 01777);
    return dir;
  }

  /** Runs a command and returns its output (stdout and stderr). */
  public static String sh(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }
}
