package dev.dfkit.lint.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The build context that the project's own build configuration gives a Dockerfile, when the user
 * named none: a dev container configuration beside it ({@link DevContainerBuild}), else a Compose
 * service that builds it ({@link ComposeBuild}). Without either, the linter uses the Dockerfile's
 * folder.
 */
public final class DeclaredBuildContext {

  private DeclaredBuildContext() {}

  public static Optional<Path> of(Path dockerfile) {
    return DevContainerBuild.contextFor(dockerfile).or(() -> ComposeBuild.contextFor(dockerfile));
  }
}
