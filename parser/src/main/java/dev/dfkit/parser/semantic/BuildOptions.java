package dev.dfkit.parser.semantic;

import java.util.Map;
import java.util.Optional;

/**
 * What a build is run with that changes what variables hold.
 *
 * @param buildArgs {@code --build-arg} values
 * @param buildPlatform where the build runs (BUILDPLATFORM)
 * @param targetPlatform what it builds for (TARGETPLATFORM)
 * @param target the stage to build ({@code --target}); empty for the last stage
 */
public record BuildOptions(
    Map<String, String> buildArgs,
    Platform buildPlatform,
    Platform targetPlatform,
    Optional<String> target) {

  public BuildOptions {
    buildArgs = Map.copyOf(buildArgs);
  }

  /** No build arguments, host platform for both, last stage: what a linter assumes. */
  public static BuildOptions defaults() {
    Platform host = Platform.host();
    return new BuildOptions(Map.of(), host, host, Optional.empty());
  }
}
