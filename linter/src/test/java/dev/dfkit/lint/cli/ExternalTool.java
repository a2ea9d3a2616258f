package dev.dfkit.lint.cli;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Integration tests use real tools (pre-commit, git, the SARIF validator). In CI ({@code CI=true})
 * a missing tool fails the test, since {@code .ci/run} installs them; elsewhere it skips.
 */
final class ExternalTool {

  private ExternalTool() {}

  static Path require(String what, Optional<Path> path) {
    if (path.isPresent() && Files.isExecutable(path.get())) {
      return path.get();
    }
    if ("true".equals(System.getenv("CI"))) {
      fail(what + " is required in CI (.ci/run installs it)");
    }
    Assumptions.abort(what + " is not installed");
    return null;
  }

  /** A command on PATH. */
  static Optional<Path> onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, command);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
