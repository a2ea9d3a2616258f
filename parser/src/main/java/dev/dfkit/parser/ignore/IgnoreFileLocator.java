package dev.dfkit.parser.ignore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the ignore file BuildKit would use for a build: {@code <Dockerfile name>.dockerignore} next
 * to the Dockerfile wins, else {@code .dockerignore} at the context root. Only one file is used;
 * they are never merged.
 */
public final class IgnoreFileLocator {

  /** The ignore file at the context root. */
  public static final String DEFAULT_NAME = ".dockerignore";

  /** Appended to the Dockerfile's file name for a Dockerfile-specific ignore file. */
  public static final String DOCKERFILE_SUFFIX = ".dockerignore";

  private IgnoreFileLocator() {}

  /**
   * @param contextDir the build context directory
   * @param dockerfile the Dockerfile; {@code null} means {@code Dockerfile} in the context. A
   *     relative path is resolved against the working directory, as {@code docker build -f} does.
   * @return the ignore file to read, or empty when there is none
   */
  public static Optional<Path> locate(Path contextDir, Path dockerfile) {
    Path file = dockerfile != null ? dockerfile : contextDir.resolve("Dockerfile");
    Path name = file.getFileName();
    if (name != null) {
      Path specific = file.resolveSibling(name + DOCKERFILE_SUFFIX);
      if (Files.isRegularFile(specific)) {
        return Optional.of(specific);
      }
    }
    Path shared = contextDir.resolve(DEFAULT_NAME);
    return Files.isRegularFile(shared) ? Optional.of(shared) : Optional.empty();
  }
}
