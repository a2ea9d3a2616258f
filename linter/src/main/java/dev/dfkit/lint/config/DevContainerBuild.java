package dev.dfkit.lint.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build context a dev container configuration gives the Dockerfile it builds. Dev containers
 * (VS Code, GitHub Codespaces, the devcontainer CLI) usually keep the Dockerfile in {@code
 * .devcontainer/} and build it with {@code "context": ".."}, so linting such a file against its own
 * folder would call every {@code COPY} of a project file missing.
 *
 * <p>Looked for beside the Dockerfile ({@code devcontainer.json}, {@code .devcontainer.json}) and
 * in its {@code .devcontainer/} folder; used only when its {@code build.dockerfile} (or the older
 * top-level {@code dockerFile}) names this very Dockerfile. The context is {@code build.context}
 * (or the older top-level {@code context}), relative to the configuration file, {@code .} when
 * absent. A configuration that cannot be read, or paths holding {@code ${...}} variables, are
 * skipped: the dev container tools report their own errors.
 */
final class DevContainerBuild {

  private static final List<String> PLACES =
      List.of("devcontainer.json", ".devcontainer.json", ".devcontainer/devcontainer.json");

  private DevContainerBuild() {}

  /** Made on first use only: most Dockerfiles have no dev container beside them. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS) // devcontainer.json is JSON with comments
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
  }

  /** The context directory a dev container configuration builds {@code dockerfile} with. */
  static Optional<Path> contextFor(Path dockerfile) {
    Path file = dockerfile.toAbsolutePath().normalize();
    Path folder = file.getParent();
    if (folder == null) {
      return Optional.empty();
    }
    for (String place : PLACES) {
      Path json = folder.resolve(place);
      if (Files.isRegularFile(json)) {
        Optional<Path> context = read(json, file);
        if (context.isPresent()) {
          return context;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> read(Path json, Path dockerfile) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json.toFile());
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject()) {
      return Optional.empty();
    }
    JsonNode build = root.path("build");
    Optional<String> named = text(build, "dockerfile").or(() -> text(root, "dockerFile"));
    Path base = json.getParent();
    Optional<Path> builds = named.flatMap(n -> ContextPath.resolve(base, n));
    if (builds.isEmpty() || !builds.get().equals(dockerfile)) {
      return Optional.empty();
    }
    String context = text(build, "context").or(() -> text(root, "context")).orElse(".");
    return ContextPath.resolve(base, context).filter(Files::isDirectory);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText())
        : Optional.empty();
  }
}
