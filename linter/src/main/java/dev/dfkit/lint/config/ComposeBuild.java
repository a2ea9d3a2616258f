package dev.dfkit.lint.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The build context a Compose file gives the Dockerfile one of its services builds. Projects often
 * keep Dockerfiles in subfolders and build them from the project root ({@code build: {context: .,
 * dockerfile: docker/app/Dockerfile}}), so the Dockerfile's own folder is the wrong context there.
 *
 * <p>Compose files ({@code compose.yaml}, {@code compose.yml}, {@code docker-compose.yaml}, {@code
 * docker-compose.yml}) are looked for in the Dockerfile's folder and up to {@value #LEVELS_UP}
 * folders above it, not above a git work tree's root; the nearest one that builds this very
 * Dockerfile wins. A service's {@code build} is either the context path or a mapping with {@code
 * context} (default {@code .}, relative to the Compose file) and {@code dockerfile} (default {@code
 * Dockerfile}, relative to the context). Unreadable files, and paths holding variables, are
 * skipped: Compose reports its own errors.
 */
public final class ComposeBuild {

  private static final List<String> NAMES =
      List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  static final int LEVELS_UP = 2;

  /** A Compose file is a page of YAML; a bigger one is not a Compose file we should parse. */
  private static final long MAX_BYTES = 1 << 20;

  private ComposeBuild() {}

  /** The context directory a Compose service builds {@code dockerfile} with. */
  public static Optional<Path> contextFor(Path dockerfile) {
    Path file = dockerfile.toAbsolutePath().normalize();
    Path dir = file.getParent();
    for (int level = 0; dir != null && level <= LEVELS_UP; level++) {
      for (String name : NAMES) {
        Path compose = dir.resolve(name);
        if (Files.isRegularFile(compose)) {
          Optional<Path> context = read(compose, file);
          if (context.isPresent()) {
            return context;
          }
        }
      }
      if (Files.isDirectory(dir.resolve(".git"))) {
        break; // a project's root: its Compose files are the last that can build it
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  private static Optional<Path> read(Path compose, Path dockerfile) {
    Object root;
    try {
      if (Files.size(compose) > MAX_BYTES) {
        return Optional.empty();
      }
      root = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(compose));
    } catch (IOException | YamlEngineException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("services") instanceof Map<?, ?> services)) {
      return Optional.empty();
    }
    Path base = compose.getParent();
    for (Object service : services.values()) {
      if (service instanceof Map<?, ?> s) {
        Optional<Path> context = builds(s.get("build"), base, dockerfile);
        if (context.isPresent()) {
          return context;
        }
      }
    }
    return Optional.empty();
  }

  /** The context of one service's {@code build}, when it builds {@code dockerfile}. */
  private static Optional<Path> builds(Object build, Path base, Path dockerfile) {
    String context;
    Object named = "Dockerfile";
    if (build instanceof String s) {
      context = s;
    } else if (build instanceof Map<?, ?> m) {
      context = m.get("context") instanceof String c ? c : ".";
      named = m.containsKey("dockerfile") ? m.get("dockerfile") : named;
    } else {
      return Optional.empty();
    }
    if (!(named instanceof String name) || context.contains("://") || context.contains("@")) {
      return Optional.empty(); // a Git or URL context has no folder here
    }
    Optional<Path> dir = ContextPath.resolve(base, context);
    Optional<Path> file = dir.flatMap(d -> ContextPath.resolve(d, name));
    return file.isPresent() && file.get().equals(dockerfile) && Files.isDirectory(dir.get())
        ? dir
        : Optional.empty();
  }
}
