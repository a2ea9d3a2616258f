package dev.dfkit.build.plan;

import dev.dfkit.parser.semantic.Platform;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the user asked to build (the options of {@code docker build} that shape the graph).
 *
 * @param contextDir the build context directory
 * @param dockerfile the Dockerfile (may be outside the context)
 * @param buildArgs {@code --build-arg} values
 * @param target the stage to build ({@code --target}); the last stage when empty
 * @param platform the target platform ({@code --platform}); the host's when empty
 * @param labels {@code --label} values, added to the final image
 * @param noCache {@code --no-cache}: run every step even when a cached result exists
 * @param network the network mode for RUN steps ({@code default}, {@code none}, {@code host})
 */
public record BuildRequest(
    Path contextDir,
    Path dockerfile,
    Map<String, String> buildArgs,
    Optional<String> target,
    Optional<Platform> platform,
    Map<String, String> labels,
    boolean noCache,
    String network) {

  public BuildRequest {
    buildArgs = Map.copyOf(buildArgs);
    labels = Map.copyOf(labels);
  }
}
