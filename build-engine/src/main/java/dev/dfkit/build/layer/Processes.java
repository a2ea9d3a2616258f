package dev.dfkit.build.layer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about this process. */
public final class Processes {

  private Processes() {}

  /** Whether this process runs with effective uid 0. */
  public static boolean isRoot() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("Uid:")) {
          String[] f = line.substring(4).trim().split("\\s+");
          return f.length > 1 && f[1].equals("0");
        }
      }
    } catch (IOException e) {
      // no procfs: assume the worst
    }
    return "root".equals(System.getProperty("user.name"));
  }
}
