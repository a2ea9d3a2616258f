package dev.dfkit.build.cli;

import dev.dfkit.build.content.ContentStore;
import dev.dfkit.build.engine.BuildEngine;
import dev.dfkit.build.registry.RegistryOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Opens the engine the options name ({@code --root}, {@code --insecure-registry}). */
final class Engines {
  private Engines() {}

  static BuildEngine open(Path root, List<String> insecureRegistries) throws IOException {
    Path dir = root != null ? root : ContentStore.defaultRoot();
    return BuildEngine.open(
        dir, RegistryOptions.defaults().withInsecureHosts(Set.copyOf(insecureRegistries)));
  }
}
