package dev.dfkit.build.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short system command (mknod, setfattr, mount, umount, runc) and turns a failure into an
 * IOException that quotes the command and what it printed.
 */
public final class Commands {

  private Commands() {}

  /** Runs the command; returns its output (stdout and stderr merged). */
  public static String run(List<String> command, String what) throws IOException {
    Result r = exec(command);
    if (r.exitCode() != 0) {
      throw new IOException(
          "could not "
              + what
              + ": "
              + String.join(" ", command)
              + " exited with "
              + r.exitCode()
              + (r.output().isBlank() ? "" : ": " + r.output().strip()));
    }
    return r.output();
  }

  /** Runs the command and returns its exit code and merged output, whatever the exit code. */
  public static Result exec(List<String> command) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(2, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException(String.join(" ", command) + " did not finish within 2 minutes");
      }
    } catch (InterruptedException e) {
      // let a short system command finish: leaving a mount half done is worse than waiting
      try {
        p.waitFor(2, TimeUnit.MINUTES);
      } catch (InterruptedException again) {
        p.destroyForcibly();
      }
      Thread.currentThread().interrupt();
    }
    return new Result(p.isAlive() ? -1 : p.exitValue(), out);
  }

  /** A finished command. */
  public record Result(int exitCode, String output) {}
}
