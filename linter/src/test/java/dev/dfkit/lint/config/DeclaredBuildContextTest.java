package dev.dfkit.lint.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredBuildContextTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void theDockerfilesOwnFolderDeclaresNothing() throws IOException {
    assertThat(DeclaredBuildContext.of(write("Dockerfile", "FROM scratch\n"))).isEmpty();
  }

  @Test
  void devContainerBuildContextIsRelativeToItsConfiguration() throws IOException {
    Path dockerfile = write(".devcontainer/Dockerfile", "FROM scratch\n");
    write(
        ".devcontainer/devcontainer.json",
        "{ /* block */ \"build\": {\"dockerfile\": \"./Dockerfile\", \"context\": \"..\"} }");
    assertThat(DeclaredBuildContext.of(dockerfile)).contains(dir.toAbsolutePath().normalize());
  }

  @Test
  void theOlderTopLevelKeysAndTheDefaultContextCount() throws IOException {
    Path dockerfile = write("Dockerfile", "FROM scratch\n");
    write(".devcontainer/devcontainer.json", "{\"dockerFile\": \"../Dockerfile\"}");
    // no context: the configuration's own folder
    assertThat(DeclaredBuildContext.of(dockerfile))
        .contains(dir.resolve(".devcontainer").toAbsolutePath().normalize());
  }

  @Test
  void variablesBrokenFilesAndOtherDockerfilesAreSkipped() throws IOException {
    Path dockerfile = write("app/Dockerfile", "FROM scratch\n");
    write(
        "app/devcontainer.json",
        "{\"build\": {\"dockerfile\": \"Dockerfile\", \"context\": \"${localWorkspaceFolder}\"}}");
    write("app/.devcontainer.json", "{ not json");
    write("compose.yaml", "services: [unclosed\n");
    write("docker-compose.yml", "services:\n  other:\n    build:\n      context: other\n");
    assertThat(DeclaredBuildContext.of(dockerfile)).isEmpty();
  }

  @Test
  void composeDockerfileIsRelativeToTheContextAndTheNearestFileWins() throws IOException {
    Path dockerfile = write("services/api/Dockerfile", "FROM scratch\n");
    write(
        "compose.yml",
        "services:\n  api:\n    build:\n      context: .\n      dockerfile: services/api/Dockerfile\n");
    write("services/compose.yaml", "services:\n  api:\n    build: api\n");
    assertThat(DeclaredBuildContext.of(dockerfile))
        .contains(dir.resolve("services/api").toAbsolutePath().normalize());
  }

  @Test
  void composeIsNotLookedForAboveAGitRoot() throws IOException {
    Path dockerfile = write("repo/sub/Dockerfile", "FROM scratch\n");
    Files.createDirectories(dir.resolve("repo/.git"));
    write(
        "compose.yaml",
        "services:\n  x:\n    build:\n      context: .\n      dockerfile: repo/sub/Dockerfile\n");
    assertThat(DeclaredBuildContext.of(dockerfile)).isEmpty();
  }
}
