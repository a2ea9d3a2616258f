package dev.dfkit.build.copy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Fifos and device nodes, which Java cannot create, and their times, which Java cannot set without
 * opening them (opening a fifo blocks). Both go through coreutils ({@code mknod}, {@code touch}).
 */
final class SpecialFiles {

  private SpecialFiles() {}

  /** Creates a fifo ({@code p}), character ({@code c}) or block ({@code b}) device. */
  static void make(Path path, char type, int permissions, long major, long minor)
      throws IOException {
    String mode = Integer.toOctalString(permissions & 07777);
    List<String> command =
        type == 'p'
            ? List.of("mknod", "-m", mode, path.toString(), "p")
            : List.of(
                "mknod",
                "-m",
                mode,
                path.toString(),
                String.valueOf(type),
                Long.toString(major),
                Long.toString(minor));
    run(command, "failed to create device " + path);
  }

  /** Sets access and modification times without opening the file or following a link. */
  static void touch(Path path, FileTime accessed, FileTime modified) throws IOException {
    run(
        List.of("touch", "-h", "-a", "-d", stamp(accessed), path.toString()),
        "failed to utime " + path);
    run(
        List.of("touch", "-h", "-m", "-d", stamp(modified), path.toString()),
        "failed to utime " + path);
  }

  private static String stamp(FileTime time) {
    java.time.Instant instant = time.toInstant();
    return String.format("@%d.%09d", instant.getEpochSecond(), instant.getNano());
  }

  private static void run(List<String> command, String failure) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(failure + ": " + command.get(0) + " timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException(failure + ": interrupted", e);
    }
    if (process.exitValue() != 0) {
      throw new IOException(failure + ": " + output);
    }
  }
}
