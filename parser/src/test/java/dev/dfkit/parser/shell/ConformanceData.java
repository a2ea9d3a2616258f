package dev.dfkit.parser.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds {@code shared/conformance/}, which lies beside the repository root. */
final class ConformanceData {
  private ConformanceData() {}

  static Path buildKitShell() {
    return repoRoot().resolve("../shared/conformance/buildkit-shell").normalize();
  }

  /**
   * The reactor root: the {@code dfkit.repo.root} system property (set by surefire) when it points
   * at a checkout with {@code shared/} beside it, else the nearest directory above the working
   * directory that has a {@code pom.xml} and a {@code shared/} sibling.
   */
  static Path repoRoot() {
    String property = System.getProperty("dfkit.repo.root");
    if (property != null && !property.isBlank()) {
      Path root = Path.of(property).toAbsolutePath().normalize();
      if (isRepoRoot(root)) {
        return root;
      }
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (isRepoRoot(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "cannot find the repository root (a directory with pom.xml whose parent has shared/);"
            + " set -Ddfkit.repo.root");
  }

  private static boolean isRepoRoot(Path dir) {
    Path parent = dir.getParent();
    return Files.isRegularFile(dir.resolve("pom.xml"))
        && parent != null
        && Files.isDirectory(parent.resolve("shared"));
  }
}
