package dev.dfkit.build.engine;

import dev.dfkit.build.plan.BuildRequest;
import java.util.List;
import java.util.Set;

/**
 * A build as the CLI asks for it: what to build ({@link BuildRequest}) and where the result goes.
 *
 * @param request the Dockerfile, context, args, target, platform...
 * @param tags {@code -t} names (canonical), stored in the local store
 * @param outputs {@code --output} destinations
 * @param push {@code --push}: push every tag to its registry
 * @param pull {@code --pull}: look base images up in their registry even when stored locally
 * @param insecureRegistries hosts reached over plain HTTP (besides localhost and 127.0.0.1)
 */
public record BuildOptions(
    BuildRequest request,
    List<String> tags,
    List<BuildOutput> outputs,
    boolean push,
    boolean pull,
    Set<String> insecureRegistries) {

  public BuildOptions {
    tags = List.copyOf(tags);
    outputs = List.copyOf(outputs);
    insecureRegistries = Set.copyOf(insecureRegistries);
  }
}
