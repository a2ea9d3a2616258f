package dev.dfkit.lint.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** A path another tool's configuration names, resolved the way that tool does. */
final class ContextPath {

  private ContextPath() {}

  /**
   * {@code path} against {@code base}, absolute and normalised; empty when it holds a {@code
   * ${...}} variable (the tool's to expand: {@code ${localWorkspaceFolder}}, Compose's environment)
   * or is not a valid path.
   */
  static Optional<Path> resolve(Path base, String path) {
    if (path.isBlank() || path.contains("${")) {
      return Optional.empty();
    }
    try {
      return Optional.of(base.resolve(path).toAbsolutePath().normalize());
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
